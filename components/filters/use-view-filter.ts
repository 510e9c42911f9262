"use client";

import { useMemo, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useQueryStates } from "nuqs";
import type { Filter } from "@/lib/filter/filter";
import { contextFromOptions, type FilterOptions } from "@/lib/filter/options";
import {
  checkView,
  filterParsers,
  filterValues,
  validateFilter,
  viewQuery,
} from "@/lib/filter/search-params";

/**
 * The filter in the address, through nuqs. By default a change re-renders the page on the server (its
 * cards, charts and table rows are built there from the filtered selection); the previous view stays
 * until the new one arrives, and `pending` says so. `shallow` keeps a change in the browser (the
 * benchmark table filters its own rows). Each change is a history entry: Back undoes it.
 */
export function useFilter(options: FilterOptions, { shallow = false }: { shallow?: boolean } = {}) {
  const [pending, startTransition] = useTransition();
  const [parsed, setParsed] = useQueryStates(filterParsers, {
    shallow,
    history: "push",
    scroll: false,
    // A server round trip runs in a transition (the old view stays until the new one is ready); a shallow
    // change redraws at once.
    ...(shallow ? {} : { startTransition }),
  });
  const ctx = useMemo(() => contextFromOptions(options), [options]);
  const filter = useMemo(() => validateFilter(parsed, ctx), [parsed, ctx]);
  const setFilter = (next: Filter) => void setParsed(filterValues(next));
  return { filter, setFilter, pending };
}

/** Values in the address that this page does not understand, and a way to remove them. */
export function useUrlNotices(options: FilterOptions, columns?: readonly string[]) {
  const ctx = useMemo(() => contextFromOptions(options, columns), [options, columns]);
  const search = useSearchParams();
  const checked = useMemo(() => checkView(search, ctx), [search, ctx]);
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  const clean = () => {
    const query = viewQuery(checked.view);
    startTransition(() => router.replace(`${pathname}${query ? `?${query}` : ""}`, { scroll: false }));
  };
  return { notices: checked.notices, clean };
}
