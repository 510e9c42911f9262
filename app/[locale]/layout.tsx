import { siteOrigin } from "@/lib/ui/site";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { inter } from "@/lib/ui/fonts";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale } from "@/lib/i18n/routing";
import { THEME_SCRIPT } from "@/lib/ui/theme";
import { tagRenderWithDataset } from "@/lib/data/revalidate";
import { localeParams } from "./(site)/_views/routing";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  const feeds = await getTranslations({ locale, namespace: "changes" });
  return {
    // Absolute links in the head (feeds, share images) are made on the configured origin.
    metadataBase: new URL(siteOrigin()),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    // Every page points feed readers at the change log.
    alternates: {
      types: {
        "application/atom+xml": [{ url: `/${locale}/feed.xml`, title: feeds("feedTitle") }],
        "application/feed+json": [{ url: `/${locale}/feed.json`, title: feeds("feedTitle") }],
      },
    },
  };
}

export const generateStaticParams = localeParams;

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  await tagRenderWithDataset();
  const messages = clientMessages(await getMessages({ locale }));
  return (
    // The theme class is set by the script below before the first paint, so it differs from the server's.
    <html lang={locale} className={inter.variable} suppressHydrationWarning>
      <head>
        {/* The reader's theme (kept in this browser, never sent to the server) before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {locale !== "en" && (
          // CJK fallback web fonts, only for this language; fetched piece by piece, only if the system lacks one.
          <link rel="stylesheet" href={`/fonts/${locale}.css`} />
        )}
      </head>
      <body className="ink-emphasis min-h-screen bg-tremor-background-muted font-sans antialiased dark:bg-dark-tremor-background-muted">
        <NextIntlClientProvider messages={messages}>
          <NuqsAdapter>{children}</NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
