"use client";

import { useEffect, useMemo, useState } from "react";
import { useFilter } from "@/components/filters/use-view-filter";
import { DataTable, type DataTableProps } from "@/components/tables/data-table";
import { compileFilter, restrictFilter, type Filter, type FilterDimension } from "@/lib/filter/filter";
import { TABLES } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";

/**
 * The rows the filter leaves, each with the notes the server's selection gives a row it could not narrow
 * ("not broken down by district"); the rows themselves when the filter is empty.
 */
function rowsUnder(rows: readonly GridRow[], filter: Filter, dims: readonly FilterDimension[]) {
  const test = compileFilter(filter, dims);
  if (test === null) return rows;
  const out: GridRow[] = [];
  for (const row of rows) {
    const fit = test(row.facets);
    if (fit !== false) out.push(fit.length > 0 ? { ...row, notes: fit } : row);
  }
  return out;
}

/**
 * The benchmark table: loads its SYNTHETIC rows as JSON after the page, then hands the product's table the
 * rows the filter in the address leaves. The product filters on the server; here the same test runs in the
 * browser, so one table of 100,000 rows can be measured on its own.
 */
export function BenchTable({ url, ...props }: Omit<DataTableProps, "rows" | "total"> & { url: string }) {
  const [rows, setRows] = useState<GridRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { filter } = useFilter(props.options);
  const dims = TABLES[props.table].dimensions;
  // Keyed by the table's own filter values: a search or a sort does not take the rows again.
  const key = JSON.stringify(restrictFilter({ ...filter, q: "" }, dims));
  const shown = useMemo(() => (rows ? rowsUnder(rows, JSON.parse(key), dims) : null), [rows, key, dims]);
  useEffect(() => {
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<GridRow[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setRows)
      .catch((e: unknown) => setError(String(e)));
  }, [url]);
  if (error) return <p role="alert">{error}</p>;
  if (!rows || !shown) return <p role="status">Loading SYNTHETIC rows…</p>;
  return <DataTable {...props} rows={shown} total={rows.length} />;
}
