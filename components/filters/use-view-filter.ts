"use client";

import { useMemo, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { parseAsInteger, useQueryStates } from "nuqs";
import type { Filter } from "@/lib/filter/filter";
import type { FilterOptions } from "@/lib/filter/options";
import {
  checkView,
  contextFromOptions,
  filterParsers,
  filterValues,
  PAGE_PARAM,
  validateFilter,
  viewQuery,
} from "@/lib/filter/search-params";

const RESET_ON_FILTER = { ...filterParsers, [PAGE_PARAM]: parseAsInteger };

/**
 * The filter in the address, through nuqs. A change writes the address once, as a history entry (Back
 * undoes it), and asks the server for the page's view at the new address (`shallow: false`) without
 * loading a new document; until it arrives, the old view stays and `pending` says so. Back and Forward
 * are the router's own: each entry is its own address, so it restores that entry's view. `drawnOnServer`
 * false: the browser filters the rows itself (the benchmark table), and only the address changes.
 */
export function useFilter(options: FilterOptions, drawnOnServer = true) {
  const [pending, startTransition] = useTransition();
  const [parsed, setParsed] = useQueryStates(RESET_ON_FILTER, {
    shallow: !drawnOnServer,
    history: "push",
    scroll: false,
    startTransition,
  });
  const ctx = useMemo(() => contextFromOptions(options), [options]);
  const filter = useMemo(() => validateFilter(parsed, ctx), [parsed, ctx]);
  // Another filter starts a paged list (the change log) at its first page again.
  const setFilter = (next: Filter) => void setParsed({ ...filterValues(next), [PAGE_PARAM]: null });
  return { filter, setFilter, pending };
}

/** Values in the address that this page does not understand, and a way to remove them. */
export function useUrlNotices(options: FilterOptions, columns?: readonly string[]) {
  const ctx = useMemo(() => contextFromOptions(options, columns), [options, columns]);
  const search = useSearchParams();
  const checked = useMemo(() => checkView(search, ctx), [search, ctx]);
  const pathname = usePathname();
  const router = useRouter();
  // The view of the cleaned address, in place of the entry with the bad values.
  const clean = () => {
    const query = viewQuery(checked.view);
    router.replace(`${pathname}${query ? `?${query}` : ""}`, { scroll: false });
  };
  return { notices: checked.notices, clean };
}
