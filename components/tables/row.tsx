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
            className={`edge border-b px-3 py-2 align-top group-hover:bg-tremor-background-muted dark:group-hover:bg-dark-tremor-background-subtle ${
              i === 0
                ? // Narrow on a phone, so the value column shows beside the label; the rest scrolls.
                  "sticky left-0 z-10 min-w-[8.5rem] max-w-[10rem] bg-white font-medium text-tremor-content-strong sm:min-w-[12rem] sm:max-w-[22rem] dark:bg-dark-tremor-background dark:text-dark-tremor-content-strong"
                : ""
            } ${spec.type === "number" ? "whitespace-nowrap text-right" : ""} ${spec.type === "date" ? "whitespace-nowrap" : ""} ${spec.type === "text" && i > 0 ? "min-w-[8rem] max-w-[20rem]" : ""} ${spec.type === "source" ? "min-w-[11rem]" : ""}`}
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
