/** Builds and downloads CSV exports in the browser with the shared writer. */
import { csvFileName, headerLabel, toCsv } from "@/lib/format/csv";
import type { ColumnId, ColumnSpec, TableRow } from "@/lib/tables/types";

export function buildCsv(
  rows: readonly TableRow[],
  columns: readonly ColumnSpec[],
  label: (id: ColumnId) => string,
): string {
  return toCsv(
    columns.map((c) => headerLabel(label(c.id), c.id)),
    rows.map((r) => columns.map((c) => r.values[c.id] ?? null)),
  );
}

export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export { csvFileName };
