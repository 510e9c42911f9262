"use client";

import { useEffect, useMemo, useRef, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { parseAsInteger, useQueryStates } from "nuqs";
import type { Filter } from "@/lib/filter/filter";
import { contextFromOptions, type FilterOptions } from "@/lib/filter/options";
import {
  checkView,
  filterParsers,
  filterValues,
  serverQuery,
  validateFilter,
  viewQuery,
} from "@/lib/filter/search-params";

const RESET_ON_FILTER = { ...filterParsers, page: parseAsInteger };

/**
 * The filter in the address, through nuqs. A change rewrites the address (a history entry: Back undoes
 * it); on a page built on the server, `useServerSync` then fetches the page for the new address.
 */
export function useFilter(options: FilterOptions) {
  const [parsed, setParsed] = useQueryStates(RESET_ON_FILTER, {
    shallow: true,
    history: "push",
    scroll: false,
  });
  const ctx = useMemo(() => contextFromOptions(options), [options]);
  const filter = useMemo(() => validateFilter(parsed, ctx), [parsed, ctx]);
  // Another filter starts a paged list (the change log) at its first page again.
  const setFilter = (next: Filter) => void setParsed({ ...filterValues(next), page: null });
  return { filter, setFilter };
}

/**
 * Keeps a server-built page in step with its address. `rendered` is the query the server built the page
 * for (`serverQuery`). The proxy serves the default view from the prerendered cache and a filtered one
 * rendered on demand; the client router cannot know that, and would reuse the prerendered page for any
 * query. So when the address asks for another query (a filter change, a link with a query) the page is
 * fetched again in a transition: the old view stays until the new one arrives, and `pending` says so.
 * Back and Forward across a filter change load the page for the entry's address outright: the router's
 * own restore cannot tell the two documents apart either.
 */
/**
 * The filter control that had focus, or was open, when a new page was asked for. The filtered page is
 * another route than the prerendered default one, so the filter bar may be mounted afresh: an open list
 * opens again (a reader ticks several values in a row) with the ticked box focused, and a control that had
 * focus gets it back, instead of leaving a keyboard user at the top of the page.
 */
let carriedFocus: { testId: string; at: number; open: boolean; value: string | null } | null = null;
const CARRY_MS = 10_000;

function carryFocus() {
  // The list open in the filter bar (its button says so), else the control that has focus.
  const open =
    document
      .querySelector('[data-testid="filter-bar"] [aria-expanded="true"]')
      ?.closest<HTMLElement>('[data-testid^="filter-"]') ?? null;
  const focused = document.activeElement?.closest<HTMLElement>('[data-testid^="filter-"]');
  const control = open ?? focused;
  const testId = control?.dataset.testid;
  const active = document.activeElement;
  const value = active instanceof HTMLInputElement && control?.contains(active) ? active.value : null;
  carriedFocus = testId ? { testId, at: Date.now(), open: open !== null, value } : null;
}

/**
 * The filter list that was open when this filter bar's page was asked for, if it is the one named (read
 * when the bar mounts): it opens again, focusing the box of `value`.
 */
export function reopenedFilter(testId: string): { value: string | null } | null {
  const carried = carriedFocus;
  if (!carried?.open || carried.testId !== testId || Date.now() - carried.at > CARRY_MS) return null;
  return { value: carried.value };
}

/** Once the page asked for has arrived: focus back on the control (unless it has moved on), then forgotten. */
/** The reader closed this list: the page on its way must not open it again. */
export function forgetOpenFilter(testId: string): void {
  if (carriedFocus?.testId === testId) carriedFocus = { ...carriedFocus, open: false };
}

function restoreFocus() {
  const carried = carriedFocus;
  // Used once, here or by the reopened list (read when it mounted, before this runs): a later page must
  // not open a list the reader has since left.
  carriedFocus = null;
  if (!carried || Date.now() - carried.at > CARRY_MS) return;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  document.querySelector<HTMLElement>(`[data-testid="${carried.testId}"] button`)?.focus();
}

export function useServerSync(rendered: string | undefined): boolean {
  const [pending, startTransition] = useTransition();
  const search = useSearchParams();
  const router = useRouter();
  const wanted = serverQuery(search);
  // The address last asked for and how often: a fetch can be dropped when another navigation overlaps
  // it, so it is asked again, a few times at most, never in a loop.
  const asked = useRef({ query: "", tries: 0 });
  useEffect(() => {
    if (rendered === undefined || wanted === rendered) {
      asked.current = { query: "", tries: 0 };
      return;
    }
    if (pending) return;
    const tries = asked.current.query === wanted ? asked.current.tries : 0;
    if (tries >= 3) return;
    asked.current = { query: wanted, tries: tries + 1 };
    carryFocus();
    startTransition(() => router.refresh());
  }, [rendered, wanted, pending, router]);
  useEffect(restoreFocus, [rendered]);
  const shown = useRef(rendered);
  useEffect(() => {
    shown.current = rendered;
  }, [rendered]);
  useEffect(() => {
    if (rendered === undefined) return;
    const onPopState = () => {
      if (serverQuery(new URLSearchParams(window.location.search)) !== shown.current)
        window.location.reload();
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [rendered]);
  return pending;
}

/** Values in the address that this page does not understand, and a way to remove them. */
export function useUrlNotices(options: FilterOptions, columns?: readonly string[]) {
  const ctx = useMemo(() => contextFromOptions(options, columns), [options, columns]);
  const search = useSearchParams();
  const checked = useMemo(() => checkView(search, ctx), [search, ctx]);
  const pathname = usePathname();
  // The page is loaded again for the cleaned address, in place of the one with the bad values.
  const clean = () => {
    const query = viewQuery(checked.view);
    window.location.replace(`${pathname}${query ? `?${query}` : ""}`);
  };
  return { notices: checked.notices, clean };
}
