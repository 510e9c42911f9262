import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLocale } from "./routing";

/** generateMetadata for a page whose title is `<namespace>.title` in the reader's language. */
export function titleFrom(
  namespace: "overview" | "sources" | "method" | "documents" | "compare" | "changes",
) {
  return async function generateMetadata({
    params,
  }: {
    params: Promise<{ locale: string }>;
  }): Promise<Metadata> {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    const t = await getTranslations({ locale, namespace });
    return { title: t("title") };
  };
}
