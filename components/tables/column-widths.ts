import type { ColumnSpec, ColumnType } from "@/lib/tables/columns";

/** Column widths (rem) of a virtualised table. Fixed, so columns keep their width whichever rows are in
 * view; a longer value ends in an ellipsis and shows whole on hover. */
const FIXED_WIDTH: Record<ColumnType, number> = {
  text: 13,
  number: 9,
  share: 10,
  date: 8,
  status: 10,
  "target-status": 11,
  confidence: 11,
  breakdown: 14,
  source: 14,
  url: 14,
  code: 8,
};
const FIRST_COLUMN_WIDTH = 16;

/** The width of each visible column, in rem, and the table's total. */
export function fixedWidths(visible: readonly ColumnSpec[]): { widths: number[]; total: number } {
  const widths = visible.map((spec, i) => (i === 0 ? FIRST_COLUMN_WIDTH : FIXED_WIDTH[spec.type]));
  return { widths, total: widths.reduce((a, b) => a + b, 0) };
}
