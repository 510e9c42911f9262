"use client";

import { useEffect, useState } from "react";
import { DataTable, type DataTableProps } from "./data-table";
import type { TableRow } from "@/lib/tables/types";

/** The benchmark table: loads its SYNTHETIC rows as JSON after the page, like a large API-fed table. */
export function BenchTable({ url, ...props }: Omit<DataTableProps, "rows"> & { url: string }) {
  const [rows, setRows] = useState<TableRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<TableRow[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setRows)
      .catch((e: unknown) => setError(String(e)));
  }, [url]);
  if (error) return <p role="alert">{error}</p>;
  if (!rows) return <p role="status">Loading SYNTHETIC rows…</p>;
  return <DataTable {...props} rows={rows} />;
}
