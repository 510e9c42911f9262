/** In-page CSV exports: the people's flavour of the shared writer, headed "Label [code]", in the reader's words. */
import { toCsv } from "@/lib/format/csv";
import { fileGrid } from "@/lib/tables/readable";
import type { ColumnSpec, ColumnId } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";

export function buildCsv(
  rows: readonly GridRow[],
  columns: readonly ColumnSpec[],
  label: (id: ColumnId) => string,
  isColumn: (id: string) => id is ColumnId,
): string {
  const grid = fileGrid(rows, columns, (id) => (isColumn(id) ? label(id) : id));
  return toCsv(grid.header, grid.cells, "people");
}

export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  saveBlob(new Blob([text], { type }), fileName);
}

/** Offers a file to the reader as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
