import { defineRouting } from "next-intl/routing";
import { LOCALES } from "@/lib/domain/codes";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // Alternate-language links are written by the proxy from the configured origin, not the request's Host.
  alternateLinks: false,
});

export function isLocale(value: string): value is (typeof LOCALES)[number] {
  return (LOCALES as readonly string[]).includes(value);
}
