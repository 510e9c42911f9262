"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { cellScalar, type ColumnSpec } from "@/lib/tables/columns";
import type { GridRow as TableRow } from "@/lib/tables/row";
import { Cell } from "./cells";

/** The whole value of a cell that a one-line row may cut short, for its tooltip. */
function fullText(row: TableRow, spec: ColumnSpec): string | undefined {
  const shown = row.display?.[spec.id] ?? cellScalar(row.values[spec.id]);
  return shown === null || shown === "" ? undefined : String(shown);
}

/** Classes by column type, spelled out so that Tailwind finds them (app/globals.css defines them). */
const TYPE_CLASS: Partial<Record<ColumnSpec["type"], string>> = {
  number: " grid-cell-number",
  date: " grid-cell-date",
  source: " grid-cell-source",
  text: " grid-cell-text",
};

/** A body cell's classes (named once in app/globals.css: a table draws thousands of cells). */
function cellClass(spec: ColumnSpec, label: boolean): string {
  // A text column's width limits are not the label column's (it has its own).
  const typed = label && spec.type === "text" ? "" : (TYPE_CLASS[spec.type] ?? "");
  return `grid-cell${label ? " grid-cell-label" : ""}${typed}`;
}

/** One body row; memoised so re-renders for the same view do not redo its cells. */
export const Row = memo(function Row({
  row,
  index,
  visible,
  compact,
}: {
  row: TableRow;
  index: number;
  visible: readonly ColumnSpec[];
  compact: boolean;
}) {
  const t = useTranslations("table");
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      className={`group ${compact ? "h-[41px] whitespace-nowrap [&_td]:overflow-hidden [&_td]:text-ellipsis [&_td]:py-0 [&_td]:align-middle" : ""}`}
    >
      {visible.map((spec, i) => {
        return (
          <td
            key={spec.id}
            title={compact ? fullText(row, spec) : undefined}
            className={cellClass(spec, i === 0)}
          >
            {i === 0 && row.links.page ? (
              <Link href={row.links.page} className="hover:underline">
                <Cell row={row} column={spec} />
              </Link>
            ) : (
              <Cell row={row} column={spec} />
            )}
            {i === 0 && row.notes.length > 0 && (
              // What the server's selection could not narrow this record on, as the row carries it.
              <span className="ink mt-0.5 block text-xs font-normal italic" data-testid="row-note">
                {row.notes.map((n) => t(`notBrokenDown.${n}`)).join(" · ")}
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
});
