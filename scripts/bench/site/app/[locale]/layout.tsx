import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { clientMessages } from "@/lib/i18n/client-messages";
import { MESSAGES } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { inter } from "@/lib/ui/fonts";
import { BenchProviders } from "./providers";
import "@/app/globals.css";

export const metadata: Metadata = { title: "SYNTHETIC benchmark", robots: { index: false } };

/** The bench app's only layout: the product's styles, fonts and client messages, without its header. */
export default async function BenchLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale} className={`light ${inter.variable}`}>
      <body className="ink-emphasis min-h-screen bg-tremor-background-muted font-sans antialiased">
        <BenchProviders locale={locale} messages={clientMessages(MESSAGES[locale])}>
          <main className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6 sm:px-6 lg:px-8">{children}</main>
        </BenchProviders>
      </body>
    </html>
  );
}
