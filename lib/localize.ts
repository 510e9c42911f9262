import type { Locale, Localized } from "@/lib/schema";

/** The text of a dataset field in the reader's language. */
export const pick = (text: Localized, locale: Locale): string => text[locale];
