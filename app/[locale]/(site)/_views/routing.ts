/**
 * How the pages are served.
 *
 * A page with a filter bar (the overview, a direction, a table, the policies, compare, the change log) is one
 * route that renders the view its address asks for: `dynamic = "force-dynamic"`, reading the query on the
 * server, so the same module draws the default view and every filtered one, and the browser's filter bar
 * asks the server for the new view without loading a new document (nuqs with `shallow: false`). A view's
 * HTML is kept in the server's memory once rendered, compressed, under the validator the proxy gives its
 * address (build, dataset version, origin, day, address: lib/server/compressed-pages.mjs), so a view asked
 * for again, default or filtered, is sent from there until the data or the day changes. The server renders
 * every default view itself when it starts and after each data update or new day (lib/filter/view-pages.ts
 * names them, lib/server/warm-pages.mjs asks for them), so no reader waits for one. The README's "One route
 * per page" says why this and not Cache Components.
 *
 * The other pages (method, sources, a figure, an embed) take no query: they are prerendered per language
 * and kept in the framework's cache, regenerated when the dataset changes (lib/data/revalidate.ts) and at
 * the latest after 300 s (each route's `revalidate`, which Next.js needs as a literal).
 */
import { LOCALES } from "@/lib/domain/codes";

export const localeParams = () => LOCALES.map((locale) => ({ locale }));
