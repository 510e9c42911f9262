import type { Locale, Localized } from "@/lib/domain/codes";

/** The text of a dataset field in the reader's language. */
export const pick = (text: Localized, locale: Locale): string => text[locale];
