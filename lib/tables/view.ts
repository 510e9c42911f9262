/** A table as a reader asked for it: rows under the filter, narrowed by the search, in the sort order. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { codeNames } from "@/lib/filter/options";
import { TABLES, type TableId } from "./columns";
import type { TableRow } from "./row";
import { tableRows, tableTotal } from "./rows";
import { narrowRows } from "./search";
import { sortRows, type SortKey } from "./sort";

export interface TableView<T extends TableId> {
  /** Rows left by the filter and the search, sorted. */
  rows: readonly TableRow<T>[];
  /** Rows of the table with no filter at all. */
  total: number;
}

export function tableView<T extends TableId>(
  ds: Dataset,
  table: T,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
  sort: readonly SortKey[] = [],
): TableView<T> {
  const rows = tableRows(ds, table, locale, filter);
  const found = narrowRows(rows, filter, [], filter.q.trim() === "" ? undefined : codeNames(ds, locale));
  return {
    rows: sortRows(found, sort, TABLES[table].columns, locale, rows),
    total: tableTotal(ds, table),
  };
}
