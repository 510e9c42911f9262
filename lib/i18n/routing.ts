import { defineRouting } from "next-intl/routing";
import { LOCALES } from "@/lib/domain/codes";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // Alternate-language links are written by the proxy from the configured origin, not the request's Host.
  alternateLinks: false,
  // No cookie on every response (pages stay cacheable): the language switcher saves the reader's choice.
  localeCookie: false,
});

export function isLocale(value: string): value is (typeof LOCALES)[number] {
  return (LOCALES as readonly string[]).includes(value);
}

/** A page's language and record id from its route, or null when either cannot be one (a 404). */
export function localeAndId({
  locale,
  id,
}: {
  locale: string;
  id: string;
}): { locale: (typeof LOCALES)[number]; id: string } | null {
  return isLocale(locale) && /^[a-z0-9-]{1,120}$/.test(id) ? { locale, id } : null;
}
