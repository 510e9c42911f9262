"use client";

import type { ReactNode } from "react";
import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { Locale } from "@/lib/domain/codes";

/** What the product's pages give their client components: messages in the page's language, the address. */
export function BenchProviders({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: AbstractIntlMessages;
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Asia/Shanghai">
      <NuqsAdapter>{children}</NuqsAdapter>
    </NextIntlClientProvider>
  );
}
