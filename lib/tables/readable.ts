/**
 * What a person's download says in a cell: numbers, dates and addresses as stored (a spreadsheet can
 * compute with them), everything coded in the reader's words ("High confidence", "billion yuan",
 * "Overdue — no outcome published"), as the table shows it. The machine CSV keeps the codes.
 * No zod, no data: the browser's export and the API's spreadsheet CSV both call it.
 */
import { headerLabel } from "@/lib/format/csv";
import type { CellValue, ColumnSpec } from "./columns";
import type { GridRow } from "./row";

const AS_STORED: readonly ColumnSpec["type"][] = ["number", "share", "date", "url"];

export function readableValue(row: Pick<GridRow, "values" | "display">, column: ColumnSpec): CellValue {
  const value = row.values[column.id] ?? null;
  // Lists (several sources, districts) are already in words.
  if (value === null || Array.isArray(value) || AS_STORED.includes(column.type)) return value;
  return row.display[column.id] ?? value;
}

/**
 * A table file's header and cells, the one shape every download is written from (the page's Export, the
 * API's CSV and spreadsheet): for people (`label` given) "Label [code]" headers and cells in words, for
 * machines column codes and values as stored.
 */
export function fileGrid(
  rows: readonly Pick<GridRow, "values" | "display">[],
  columns: readonly ColumnSpec[],
  label: ((id: string) => string) | null,
): { header: string[]; cells: CellValue[][] } {
  return {
    header: columns.map((c) => (label ? headerLabel(label(c.id), c.id) : c.id)),
    cells: rows.map((r) => columns.map((c) => (label ? readableValue(r, c) : (r.values[c.id] ?? null)))),
  };
}
