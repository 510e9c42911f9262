"use client";

import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import { Row } from "./row";

/** The body rows, with blank space above and below the rows in view when the table is virtualised. */
export function TableBody({
  shown,
  columns,
  padTop,
  padBottom,
  compact,
}: {
  shown: { row: GridRow; index: number }[];
  columns: readonly ColumnSpec[];
  padTop: number;
  padBottom: number;
  compact: boolean;
}) {
  return (
    <tbody>
      {padTop > 0 && (
        <tr aria-hidden>
          <td style={{ height: padTop }} colSpan={columns.length} />
        </tr>
      )}
      {shown.map(({ row, index }) => (
        <Row key={row.id} row={row} index={index} visible={columns} compact={compact} />
      ))}
      {padBottom > 0 && (
        <tr aria-hidden>
          <td style={{ height: padBottom }} colSpan={columns.length} />
        </tr>
      )}
    </tbody>
  );
}
