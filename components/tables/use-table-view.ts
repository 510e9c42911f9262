"use client";

import { useMemo } from "react";
import { useLocale } from "next-intl";
import { throttle, useQueryStates } from "nuqs";
import { useFilter } from "@/components/filters/use-view-filter";
import type { CodeNames, FilterOptions } from "@/lib/filter/options";
import { filterParsers, tableParsers, validateSort } from "@/lib/filter/search-params";
import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import { narrowRows } from "@/lib/tables/search";
import { sortRows, type SortKey } from "@/lib/tables/sort";

const tableState = { sort: tableParsers.sort, hide: tableParsers.hide, q: filterParsers.q };

/**
 * A table's view of its rows, from the address: the search, the sort and the hidden columns change only
 * the browser's view (shallow updates, no server round trip); the filter's rows come from the server.
 */
export function useTableView({
  rows,
  specs,
  options,
  names,
}: {
  rows: readonly GridRow[];
  specs: readonly ColumnSpec[];
  options: FilterOptions;
  /** Districts, sectors and directions in every language: "海淀" finds the rows about Haidian on /en. */
  names?: CodeNames;
}) {
  const locale = useLocale();
  const { filter } = useFilter(options);
  const [state, setState] = useQueryStates(tableState, { shallow: true, history: "push", scroll: false });
  const columnIds = useMemo(() => specs.map((c) => c.id), [specs]);
  // Keyed by content, so the same view arriving again as new objects does not redo the rows.
  const sortKey = JSON.stringify(validateSort(state.sort, columnIds));
  const sort = useMemo((): SortKey[] => JSON.parse(sortKey), [sortKey]);
  const hiddenKey = (state.hide ?? specs.filter((c) => c.hidden).map((c) => c.id))
    .filter((id) => columnIds.includes(id))
    .join(",");
  const hidden = useMemo(() => new Set(hiddenKey.split(",")), [hiddenKey]);
  const visible = useMemo(() => specs.filter((c) => !hidden.has(c.id)), [specs, hidden]);
  const q = state.q;
  const found = useMemo(() => narrowRows(rows, { q }, [], names), [rows, q, names]);
  const sorted = useMemo(
    () => sortRows(found, sort, specs, locale, rows),
    [found, sort, specs, locale, rows],
  );
  return {
    filter,
    q,
    /** Typing narrows the rows at once; the address follows, at most every 300 ms. */
    setQ: (next: string) =>
      void setState({ q: next === "" ? null : next }, { history: "replace", limitUrlUpdates: throttle(300) }),
    sort,
    setSort: (next: SortKey[]) => void setState({ sort: next.length > 0 ? next : null }),
    hidden,
    visible,
    setHidden: (ids: string[]) => void setState({ hide: ids }),
    clearSearch: () => void setState({ q: null }),
    sorted,
  };
}
