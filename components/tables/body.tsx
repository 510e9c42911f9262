"use client";

import { fitOf, type Filter, type FilterDimension } from "@/lib/filter/filter";
import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import { notesKey, Row } from "./row";

/** The body rows, with blank space above and below the rows in view when the table is virtualised. */
export function TableBody({
  shown,
  columns,
  padTop,
  padBottom,
  filter,
  noteDimensions,
  compact,
}: {
  shown: { row: GridRow; index: number }[];
  columns: readonly ColumnSpec[];
  padTop: number;
  padBottom: number;
  filter: Filter;
  /** Dimensions on which a row says it could not be narrowed ("not broken down by district"). */
  noteDimensions: readonly FilterDimension[];
  compact: boolean;
}) {
  return (
    <tbody>
      {padTop > 0 && (
        <tr aria-hidden>
          <td style={{ height: padTop }} colSpan={columns.length} />
        </tr>
      )}
      {shown.map(({ row, index }) => {
        // The same test the server filtered with: what the row could not be narrowed on.
        const fit = noteDimensions.length > 0 ? fitOf(row.facets, filter, noteDimensions) : [];
        return (
          <Row
            key={row.id}
            row={row}
            index={index}
            visible={columns}
            notes={notesKey(fit === false ? [] : fit)}
            compact={compact}
          />
        );
      })}
      {padBottom > 0 && (
        <tr aria-hidden>
          <td style={{ height: padBottom }} colSpan={columns.length} />
        </tr>
      )}
    </tbody>
  );
}
