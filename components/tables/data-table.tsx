"use client";

import { useCallback, useMemo, type CSSProperties } from "react";
import { useLocale, useTranslations } from "next-intl";
import { describeFilter, restrictFilter } from "@/lib/filter/filter";
import type { CodeNames, FilterOptions } from "@/lib/filter/options";
import { exportFileName } from "@/lib/format/csv";
import { viewQuery } from "@/lib/filter/search-params";
import { isColumnId, TABLES, type ColumnSpec, type TableId } from "@/lib/tables/columns";
import { unpackRows, type GridRow, type PackedRows } from "@/lib/tables/row";
import { TableBody } from "./body";
import { fixedWidths } from "./column-widths";
import { buildCsv, downloadText } from "./export";
import { TableHeader } from "./header";
import { TableToolbar } from "./toolbar";
import { useGrid } from "./use-grid";
import { useIdleIndexes } from "./use-idle-indexes";
import { useTableView } from "./use-table-view";
import { useVirtualRows, VIRTUALIZE_ABOVE } from "./use-virtual-rows";

export interface DataTableProps {
  table: TableId;
  /**
   * The rows under the page's filter, as the server built them, each with its "not broken down" notes:
   * the table shows them as they come. A server component hands them packed as one JSON text (packRows).
   */
  rows: readonly GridRow[] | PackedRows;
  /** Rows of the table with no filter at all. */
  total: number;
  columns: readonly ColumnSpec[];
  options: FilterOptions;
  /** Districts, sectors and directions named in every language: the search finds rows by any name. */
  names?: CodeNames;
  /** Where "Export all" downloads every row of the table; without it, the rows in memory are exported. */
  exportAllHref?: string;
  /**
   * The table's spreadsheet address in the API (`/api/v1/<table>?locale=..&format=xlsx`): "Export … (Excel)"
   * ask it for the view in the address (filter, search, sort, hidden columns) and for the whole table.
   */
  spreadsheetHref?: string;
}

/**
 * A sortable, searchable table with column choice, CSV exports and virtual scrolling above 150 rows. Its
 * view (search, sort, columns) lives in the address. Its pages are drawn on the server for their address
 * (see app/[locale]/(site)/_views/routing.ts).
 */
export function DataTable(props: DataTableProps) {
  const { table: tableId, total, columns: specs, options } = props;
  const rows = useMemo(
    () => (typeof props.rows === "string" ? unpackRows(props.rows) : props.rows),
    [props.rows],
  );
  const t = useTranslations("table");
  const tc = useTranslations("columns");
  const locale = useLocale();
  const label = useCallback((id: string) => (isColumnId(id) ? tc(id) : id), [tc]);
  const view = useTableView({
    rows,
    specs,
    options,
    names: props.names,
  });
  const grid = useGrid({
    specs,
    sort: view.sort,
    onSort: view.setSort,
    hidden: view.hidden,
    onHidden: view.setHidden,
    label,
  });
  const indexed = useIdleIndexes(rows, specs, locale);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  const { scrollRef, shown, padTop, padBottom } = useVirtualRows(view.sorted, virtual);
  const { widths, total: tableWidth } = fixedWidths(virtual ? view.visible : []);

  const exportRows = (which: "view" | "all") => {
    const all = which === "all";
    const csv = buildCsv(all ? rows : view.sorted, all ? specs : view.visible, label, isColumnId);
    const name = t(`names.${tableId}`);
    downloadText(csv, exportFileName(name, all ? "" : describeFilter({ ...view.filter, q: view.q })));
  };

  // The spreadsheet of the view is built on the server from the same rows: the view's filter (the table's
  // own dimensions), search, sort and hidden columns go with the request, all but hidden exactly as the
  // address has them.
  const hiddenIds = specs.filter((c) => view.hidden.has(c.id)).map((c) => c.id);
  const viewOnServer = viewQuery({
    filter: { ...restrictFilter(view.filter, TABLES[tableId].dimensions), q: view.q },
    sort: view.sort,
    hidden: hiddenIds,
  });
  const excel = props.spreadsheetHref
    ? { view: `${props.spreadsheetHref}&${viewOnServer}`, all: props.spreadsheetHref }
    : undefined;

  return (
    <div data-testid={`table-${tableId}`} data-indexed={indexed}>
      <TableToolbar
        q={view.q}
        onQ={view.setQ}
        shown={view.sorted.length}
        total={total}
        columns={grid.toggles}
        onExportView={() => exportRows("view")}
        exportAll={props.exportAllHref ? { href: props.exportAllHref } : { onClick: () => exportRows("all") }}
        excel={excel}
      />
      <div
        ref={scrollRef}
        className={`edge relative overflow-auto rounded-tremor-default border bg-white dark:bg-dark-tremor-background ${virtual ? "max-h-[70vh]" : "max-h-[75vh]"}`}
        tabIndex={0}
        role="region"
        aria-label={t("regionLabel", { table: t(`names.${tableId}`) })}
      >
        <table
          className={`border-separate border-spacing-0 text-left text-sm ${virtual ? "table-fixed" : "w-full"}`}
          style={virtual ? { width: `max(100%, ${tableWidth}rem)` } : undefined}
          aria-rowcount={view.sorted.length + 1}
        >
          {virtual && (
            <colgroup>
              {view.visible.map((spec, i) => (
                // The first column is narrower on a phone, so the value column shows beside it.
                <col
                  key={spec.id}
                  className={i === 0 ? "w-[10rem] sm:w-[var(--first-col)]" : undefined}
                  style={
                    i === 0
                      ? ({ "--first-col": `${widths[0] ?? 0}rem` } as CSSProperties)
                      : { width: `${widths[i] ?? 0}rem` }
                  }
                />
              ))}
            </colgroup>
          )}
          <TableHeader headers={grid.headers} label={label} clip={virtual} multi={view.sort.length > 1} />
          <TableBody
            shown={shown}
            columns={view.visible}
            padTop={padTop}
            padBottom={padBottom}
            compact={virtual}
          />
        </table>
        {view.sorted.length === 0 && (
          <div className="p-6 text-center text-sm" data-testid="table-empty">
            <p>{rows.length === 0 ? t("noRowsFilter") : t("noRows")}</p>
            {view.q !== "" && (
              <button
                type="button"
                onClick={view.clearSearch}
                className="mt-2 font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
              >
                {t("clearSearch")}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
