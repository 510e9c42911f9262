import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/codes";
import { MESSAGES } from "./messages";

const translators = new Map<Locale, ReturnType<typeof createTranslator<typeof MESSAGES.en>>>();

/** A message translator for plain TypeScript (formatters, CSV headers), cached per locale. */
export function translator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale] });
    translators.set(locale, t);
  }
  return t;
}
