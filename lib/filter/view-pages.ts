import { DIRECTION_CODES, LOCALES } from "@/lib/domain/codes";
import { TABLE_IDS } from "@/lib/tables/columns";

/**
 * Every page drawn for its address (a filter bar's views, the search): its path after the language. The
 * framework prerenders none of them (app/[locale]/(site)/_views/routing.ts), so the server renders their
 * default views itself before anyone asks (lib/server/warm-pages.mjs). A unit test checks this list
 * against the routes that are `force-dynamic`.
 */
export const VIEW_PAGE_PATHS: readonly string[] = [
  "",
  ...DIRECTION_CODES.map((code) => `/directions/${code}`),
  ...TABLE_IDS.map((table) => `/tables/${table}`),
  "/compare",
  "/documents",
  "/changes",
  "/search",
];

/** The address of every such page's default view, in every language. */
export const defaultViewAddresses = (): string[] =>
  LOCALES.flatMap((locale) => VIEW_PAGE_PATHS.map((path) => `/${locale}${path}`));
