/**
 * How the pages are served. The default view of every page (no query string) is prerendered per language
 * and kept in the cache; it is regenerated when the dataset changes (lib/data/revalidate.ts) and at the
 * latest after 300 s (each route's `revalidate`, which Next.js needs as a literal). A view with a query string (a filter, a sort) is rewritten by the proxy
 * to the same page under /[locale]/filtered/…, rendered on demand.
 */
import { DIRECTION_CODES, LOCALES } from "@/lib/domain/codes";
import { TABLE_IDS } from "@/lib/tables/columns";

export const localeParams = () => LOCALES.map((locale) => ({ locale }));
export const directionParams = () =>
  LOCALES.flatMap((locale) => DIRECTION_CODES.map((code) => ({ locale, code })));
export const tableParams = () => LOCALES.flatMap((locale) => TABLE_IDS.map((table) => ({ locale, table })));
