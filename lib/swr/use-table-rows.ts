"use client";

import { useMemo } from "react";
import useSWR from "swr";
import type { ListPayload } from "@/lib/api/resources";
import type { ColumnSpec, TableId } from "@/lib/tables/types";
import { fetchJson } from "./fetcher";
import { rowsFromApi, type ApiItem } from "./table-rows";

export function tableRowsUrl(table: TableId, locale: string): string {
  return `/api/v1/${table}?locale=${locale}&limit=10000`;
}

/** A table's rows from the API, kept fresh on focus; the server-rendered payload is the first data. */
export function useTableRows(
  table: TableId,
  locale: string,
  columns: readonly ColumnSpec[],
  fallbackData: ListPayload,
) {
  const { data, error } = useSWR<ListPayload>(tableRowsUrl(table, locale), fetchJson, {
    fallbackData,
    revalidateOnMount: false,
    revalidateOnFocus: true,
    keepPreviousData: true,
  });
  const payload = data ?? fallbackData;
  const rows = useMemo(() => rowsFromApi(payload.data as ApiItem[], columns), [payload, columns]);
  return { rows, total: payload.total, version: payload.version, error };
}
