/**
 * How the pages are served. The default view of every page (no query string) is prerendered per language
 * and kept in the cache; it is regenerated when the dataset changes (lib/data/revalidate.ts) and at the
 * latest after 300 s (each route's `revalidate`, which Next.js needs as a literal). A view with a query
 * string (a filter, a sort) is rewritten by the proxy to the same page under /[locale]/filtered/…, rendered
 * on demand.
 *
 * The prerendered routes are `dynamic = "force-static"`: there the browser components that read the address
 * (the filter bar, the table's search, sort and columns, the table tabs) are drawn on the server as for an
 * empty query, instead of being left to the browser (Next.js otherwise renders a component that calls
 * `useSearchParams` on a static page only in the browser). That is right because the proxy serves these
 * routes only for addresses without a query string, so the browser reads the same empty query when it
 * hydrates. It cut the table page's blocking time at start by about 40% (docs/performance.md).
 */
import { DIRECTION_CODES, LOCALES } from "@/lib/domain/codes";
import { TABLE_IDS } from "@/lib/tables/columns";

export const localeParams = () => LOCALES.map((locale) => ({ locale }));
export const directionParams = () =>
  LOCALES.flatMap((locale) => DIRECTION_CODES.map((code) => ({ locale, code })));
export const tableParams = () => LOCALES.flatMap((locale) => TABLE_IDS.map((table) => ({ locale, table })));
