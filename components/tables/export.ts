/** In-page CSV exports: the people's flavour of the shared writer, headed "Label [code]", in the reader's words. */
import { headerLabel, toCsv } from "@/lib/format/csv";
import { readableValue } from "@/lib/tables/readable";
import type { ColumnSpec, ColumnId } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";

export function buildCsv(
  rows: readonly GridRow[],
  columns: readonly ColumnSpec[],
  label: (id: ColumnId) => string,
  isColumn: (id: string) => id is ColumnId,
): string {
  return toCsv(
    columns.map((c) => (isColumn(c.id) ? headerLabel(label(c.id), c.id) : c.id)),
    rows.map((r) => columns.map((c) => readableValue(r, c))),
    "people",
  );
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
