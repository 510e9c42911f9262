"use client";

import { useEffect, useState } from "react";
import { DataTable, type DataTableProps } from "@/components/tables/data-table";
import { TABLES } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";

/**
 * The benchmark table: loads its SYNTHETIC rows as JSON after the page, then filters them in the browser
 * with the same filter test the server uses, so one table of 100,000 rows can be measured on its own.
 */
export function BenchTable({
  url,
  ...props
}: Omit<DataTableProps, "rows" | "total" | "localDimensions"> & { url: string }) {
  const [rows, setRows] = useState<GridRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<GridRow[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setRows)
      .catch((e: unknown) => setError(String(e)));
  }, [url]);
  if (error) return <p role="alert">{error}</p>;
  if (!rows) return <p role="status">Loading SYNTHETIC rows…</p>;
  return (
    <DataTable {...props} rows={rows} total={rows.length} localDimensions={TABLES[props.table].dimensions} />
  );
}
