"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
  type ColumnVisibilityState,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { FilterOptions } from "@/components/filters/filter-bar";
import { filterRows, unbrokenDimensions } from "@/lib/tables/filter";
import { sortRows } from "@/lib/tables/sort";
import type { ColumnSpec, TableId, TableRow, FilterDimension } from "@/lib/tables/types";
import { describeFilter, parseViewState, serializeViewState, type ViewState } from "@/lib/filter/url-state";
import { useQueryWriter } from "@/lib/filter/url-nav";
import { notesKey, Row } from "./row";
import { buildCsv, csvFileName, downloadText } from "./export";
import { TableToolbar } from "./toolbar";
import { fixedWidths } from "./column-widths";
import { useIdleIndexes } from "./use-idle-indexes";

/** Column metadata, typed once: every column carries its spec (type, default visibility). */
const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<{ spec: ColumnSpec }>(),
});
const helper = createColumnHelper<typeof features, TableRow>();
/** Rows are filtered, sorted and virtualised by our own shared functions (fast on 100,000 rows); the
 * table instance owns column state: sort order with Shift for multi-sort, visibility, headers. */
const NO_ROWS: TableRow[] = [];
const VIRTUALIZE_ABOVE = 150;
const ROW_HEIGHT = 41;
const rowHeight = () => ROW_HEIGHT;

export interface DataTableProps {
  table: TableId;
  rows: TableRow[];
  columns: ColumnSpec[];
  dimensions: FilterDimension[];
  options: FilterOptions;
  /** Marks a benchmark table of generated rows. */
  synthetic?: boolean;
}

export function DataTable({
  table: tableId,
  rows,
  columns: specs,
  dimensions,
  options,
  synthetic = false,
}: DataTableProps) {
  const t = useTranslations("table");
  const tc = useTranslations("columns");
  const locale = useLocale();
  const { query, search, write } = useQueryWriter("client");
  const columnIds = useMemo(() => specs.map((c) => c.id), [specs]);
  const ctx = useMemo(
    () => ({
      districts: options.districts.map((o) => o.value),
      sectors: options.sectors.map((o) => o.value),
      years: options.years.map((o) => Number(o.value)),
      columns: columnIds,
    }),
    [options, columnIds],
  );
  // Keyed by the query text, so an unchanged address never looks like a new view.
  const { state } = useMemo(() => parseViewState(new URLSearchParams(query), ctx), [query, ctx]);

  // Typing filters at once; the address follows a moment later.
  const [q, setQ] = useState(state.filter.q);
  const urlQ = state.filter.q;
  useEffect(() => setQ(urlQ), [urlQ]);
  useEffect(() => {
    if (q === urlQ) return;
    const id = setTimeout(
      () =>
        write(serializeViewState({ ...state, filter: { ...state.filter, q } }, search), { replace: true }),
      250,
    );
    return () => clearTimeout(id);
  }, [q, urlQ, state, search, write]);

  const view: ViewState = useMemo(() => ({ ...state, filter: { ...state.filter, q } }), [state, q]);
  // The rows are worked out again only when the filter or the sort changes in content, not when the same
  // view arrives again as a new object (the address catching up with what the reader typed or clicked).
  const filterKey = JSON.stringify(view.filter);
  const sortKey = JSON.stringify(view.sort);
  const filtered = useMemo(
    () => filterRows(rows, JSON.parse(filterKey) as ViewState["filter"], dimensions),
    [rows, filterKey, dimensions],
  );
  const sorted = useMemo(
    () => sortRows(filtered, JSON.parse(sortKey) as ViewState["sort"], specs, locale, rows),
    [filtered, sortKey, specs, locale, rows],
  );

  const indexed = useIdleIndexes(rows, specs, locale);

  const sorting: SortingState = useMemo(
    () => view.sort.map((s) => ({ id: s.id, desc: s.desc })),
    [view.sort],
  );
  // Keyed by the hidden column ids, so a filter change does not redraw rows whose columns did not change.
  const hiddenKey = (search.has("hide") ? view.hidden : specs.filter((c) => c.hidden).map((c) => c.id)).join(
    ",",
  );
  const [columnVisibility, visible] = useMemo(() => {
    const hidden = new Set(hiddenKey.split(","));
    const state: ColumnVisibilityState = Object.fromEntries(specs.map((c) => [c.id, !hidden.has(c.id)]));
    return [state, specs.filter((c) => !hidden.has(c.id))] as const;
  }, [hiddenKey, specs]);

  const columns = useMemo(
    () =>
      helper.columns(
        specs.map((spec) =>
          helper.accessor((row) => row.values[spec.id] ?? null, {
            id: spec.id,
            header: tc(spec.id),
            meta: { spec },
          }),
        ),
      ),
    [specs, tc],
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
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sorting);
      write(serializeViewState({ ...view, sort: next.map((s) => ({ id: s.id, desc: s.desc })) }, search));
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      write(
        serializeViewState(
          { ...view, hidden: specs.filter((c) => next[c.id] === false).map((c) => c.id) },
          search,
        ),
      );
    },
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const [exportMs, setExportMs] = useState<number | null>(null);
  const exportRows = (all: boolean) => {
    const started = performance.now();
    const csv = all ? buildCsv(rows, specs, (id) => tc(id)) : buildCsv(sorted, visible, (id) => tc(id));
    downloadText(
      csv,
      csvFileName(synthetic ? `synthetic-${tableId}` : tableId, all ? "" : describeFilter(view.filter)),
    );
    setExportMs(Math.round(performance.now() - started));
  };

  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // Decided by the table's size, not the filtered count, so narrowing a search does not switch layouts
  // (and redraw every remaining row at a different height) mid-typing.
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // The virtualiser's functions change every render; this component does not memoise around them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? sorted.length : 0,
    getScrollElement,
    // Large tables use fixed one-line rows: no per-row measuring when the order changes.
    estimateSize: rowHeight,
    overscan: 12,
    initialRect: { width: 1200, height: 640 },
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual
    ? items.flatMap((v) => (sorted[v.index] ? [{ row: sorted[v.index] as TableRow, index: v.index }] : []))
    : sorted.map((row, index) => ({ row, index }));
  const { widths, total: tableWidth } = fixedWidths(virtual ? visible : []);
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;

  const clear = () =>
    write(
      serializeViewState(
        { ...view, filter: { districts: [], sectors: [], directions: [], statuses: [], years: [], q: "" } },
        search,
      ),
    );

  return (
    <div data-testid={`table-${tableId}`} data-export-ms={exportMs ?? undefined} data-indexed={indexed}>
      <TableToolbar
        q={q}
        onQ={setQ}
        shown={sorted.length}
        total={rows.length}
        columns={table.getAllLeafColumns().flatMap((c) => {
          const spec = c.columnDef.meta?.spec;
          return spec
            ? [
                {
                  id: spec.id,
                  label: tc(spec.id),
                  visible: c.getIsVisible(),
                  toggle: () => c.toggleVisibility(),
                },
              ]
            : [];
        })}
        onExportView={() => exportRows(false)}
        onExportAll={() => exportRows(true)}
      />
      <div
        ref={scrollRef}
        className={`relative overflow-auto rounded-tremor-default border border-tremor-border bg-white dark:border-dark-tremor-border dark:bg-dark-tremor-background ${virtual ? "max-h-[70vh]" : "max-h-[75vh]"}`}
        tabIndex={0}
        role="region"
        aria-label={t("regionLabel", { table: t(`names.${tableId}`) })}
      >
        <table
          className={`border-separate border-spacing-0 text-left text-sm ${virtual ? "table-fixed" : "w-full"}`}
          style={virtual ? { width: `max(100%, ${tableWidth}rem)` } : undefined}
          aria-rowcount={sorted.length + 1}
        >
          {virtual && (
            <colgroup>
              {visible.map((spec, i) => (
                <col key={spec.id} style={{ width: `${widths[i] ?? 0}rem` }} />
              ))}
            </colgroup>
          )}
          <thead className="sticky top-0 z-20 bg-tremor-background-muted dark:bg-dark-tremor-background-muted">
            <tr>
              {headers.map((header, i) => {
                const column = header.column;
                const dir = column.getIsSorted();
                const index = column.getSortIndex();
                const spec = column.columnDef.meta?.spec;
                const numeric = spec?.type === "number";
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                    className={`whitespace-nowrap border-b border-tremor-border px-3 py-2 font-medium dark:border-dark-tremor-border ${virtual ? "overflow-hidden" : ""} ${
                      i === 0
                        ? "sticky left-0 z-30 bg-tremor-background-muted dark:bg-dark-tremor-background-muted"
                        : ""
                    } ${numeric ? "text-right" : ""}`}
                  >
                    <button
                      type="button"
                      onClick={column.getToggleSortingHandler()}
                      title={t("sortHint")}
                      className="inline-flex items-center gap-1 rounded hover:text-tremor-brand focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand dark:hover:text-dark-tremor-brand"
                    >
                      {spec ? tc(spec.id) : column.id}
                      <span aria-hidden className="w-3 text-xs">
                        {dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}
                      </span>
                      {dir && sorting.length > 1 && (
                        <span className="text-[10px] text-tremor-content dark:text-dark-tremor-content">
                          <span className="sr-only">{t("sortPriority")} </span>
                          {index + 1}
                        </span>
                      )}
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden>
                <td style={{ height: padTop }} colSpan={visible.length} />
              </tr>
            )}
            {shown.map(({ row, index }) => (
              <Row
                key={row.id}
                row={row}
                index={index}
                visible={visible}
                notes={notesKey(unbrokenDimensions(row, view.filter, dimensions))}
                compact={virtual}
                synthetic={synthetic}
              />
            ))}
            {padBottom > 0 && (
              <tr aria-hidden>
                <td style={{ height: padBottom }} colSpan={visible.length} />
              </tr>
            )}
          </tbody>
        </table>
        {sorted.length === 0 && (
          <div className="p-6 text-center text-sm" data-testid="table-empty">
            <p>{t("noRows")}</p>
            <button
              type="button"
              onClick={clear}
              className="mt-2 font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
            >
              {t("clearFilters")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
