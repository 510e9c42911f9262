"use client";

import { useMemo, type MouseEvent } from "react";
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnVisibilityState,
  type SortingState,
} from "@tanstack/react-table";
import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import type { SortKey } from "@/lib/tables/sort";

/** Column metadata, typed once: every column carries its spec (type, default visibility). */
const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<{ spec: ColumnSpec }>(),
});
const helper = createColumnHelper<typeof features, GridRow>();
const NO_ROWS: GridRow[] = [];

export interface HeaderCell {
  spec: ColumnSpec;
  dir: "asc" | "desc" | null;
  /** Place in a sort on several columns, from 0. */
  priority: number;
  toggle: (event: MouseEvent) => void;
}

/**
 * The TanStack table instance behind the header and the Columns menu. It owns column state (sort order,
 * Shift-click multi-sort, visibility) while rows are filtered, sorted and virtualised by our shared
 * functions (fast on 100,000 rows); the state itself lives in the address.
 */
export function useGrid({
  specs,
  sort,
  onSort,
  hidden,
  onHidden,
  label,
}: {
  specs: readonly ColumnSpec[];
  sort: readonly SortKey[];
  onSort: (next: SortKey[]) => void;
  hidden: ReadonlySet<string>;
  onHidden: (ids: string[]) => void;
  label: (id: string) => string;
}) {
  const columns = useMemo(
    () =>
      helper.columns(
        specs.map((spec) =>
          helper.accessor((row) => row.values[spec.id] ?? null, {
            id: spec.id,
            header: label(spec.id),
            meta: { spec },
          }),
        ),
      ),
    [specs, label],
  );
  const sorting: SortingState = useMemo(() => sort.map((s) => ({ id: s.id, desc: s.desc })), [sort]);
  const columnVisibility: ColumnVisibilityState = useMemo(
    () => Object.fromEntries(specs.map((c) => [c.id, !hidden.has(c.id)])),
    [specs, hidden],
  );
  const table = useTable({
    features,
    columns,
    data: NO_ROWS,
    manualSorting: true,
    enableMultiSort: true,
    enableSortingRemoval: true,
    sortDescFirst: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) =>
      onSort(functionalUpdate(updater, sorting).map((s) => ({ id: s.id, desc: s.desc }))),
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      onHidden(specs.filter((c) => next[c.id] === false).map((c) => c.id));
    },
  });
  const headers: HeaderCell[] = (table.getHeaderGroups()[0]?.headers ?? []).flatMap((h) => {
    const spec = h.column.columnDef.meta?.spec;
    const dir = h.column.getIsSorted();
    const handler = h.column.getToggleSortingHandler();
    return spec
      ? [
          {
            spec,
            dir: dir === false ? null : dir,
            priority: h.column.getSortIndex(),
            toggle: (e: MouseEvent) => handler?.(e),
          },
        ]
      : [];
  });
  const toggles = table.getAllLeafColumns().flatMap((c) => {
    const spec = c.columnDef.meta?.spec;
    return spec
      ? [
          {
            id: spec.id,
            label: label(spec.id),
            visible: c.getIsVisible(),
            toggle: () => c.toggleVisibility(),
          },
        ]
      : [];
  });
  return { headers, toggles };
}
