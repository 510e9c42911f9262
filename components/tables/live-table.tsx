"use client";

import { useLocale } from "next-intl";
import type { ListPayload } from "@/lib/api/resources";
import { useTableRows } from "@/lib/swr/use-table-rows";
import { DataTable, type DataTableProps } from "./data-table";

/** A table page's table, fed by its API resource through SWR (server data first, no client fetch). */
export function LiveTable({ fallback, ...props }: Omit<DataTableProps, "rows"> & { fallback: ListPayload }) {
  const locale = useLocale();
  const { rows } = useTableRows(props.table, locale, props.columns, fallback);
  return <DataTable {...props} rows={rows} />;
}
