/**
 * What a person's download says in a cell: numbers, dates and addresses as stored (a spreadsheet can
 * compute with them), everything coded in the reader's words ("High confidence", "billion yuan",
 * "Overdue — no outcome published"), as the table shows it. The machine CSV keeps the codes.
 * No zod, no data: the browser's export and the API's spreadsheet CSV both call it.
 */
import type { CellValue, ColumnSpec } from "./columns";
import type { GridRow } from "./row";

const AS_STORED: readonly ColumnSpec["type"][] = ["number", "share", "date", "url"];

export function readableValue(row: Pick<GridRow, "values" | "display">, column: ColumnSpec): CellValue {
  const value = row.values[column.id] ?? null;
  // Lists (several sources, districts) are already in words.
  if (value === null || Array.isArray(value) || AS_STORED.includes(column.type)) return value;
  return row.display[column.id] ?? value;
}
