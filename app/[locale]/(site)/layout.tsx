import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { isLocale } from "@/lib/i18n/routing";

/** Every page of the site: a skip link, the header with navigation and search, the page, the footer. */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  // The language layout above has already refused an unknown language.
  const lang = isLocale(locale) ? locale : "en";
  const t = await getTranslations({ locale: lang, namespace: "layout" });
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-black"
      >
        {t("skip")}
      </a>
      <SiteHeader locale={lang} />
      <main id="main" className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6 sm:px-6 lg:px-8">
        {children}
      </main>
      <SiteFooter locale={lang} />
    </>
  );
}
