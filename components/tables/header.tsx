"use client";

import { useTranslations } from "next-intl";
import type { HeaderCell } from "./use-grid";

/**
 * The header row: one sort button per column. A click sorts by that column (ascending, descending,
 * then unsorted); Shift-click adds it to the current sort. aria-sort says the order to screen readers.
 */
export function TableHeader({
  headers,
  label,
  clip,
  multi,
}: {
  headers: HeaderCell[];
  label: (id: string) => string;
  /** Cells cut long values short (virtualised tables with fixed widths). */
  clip: boolean;
  /** More than one column is sorted: show each one's place in the sort. */
  multi: boolean;
}) {
  const t = useTranslations("table");
  return (
    <thead className="sticky top-0 z-20 bg-tremor-background-muted dark:bg-dark-tremor-background-muted">
      <tr>
        {headers.map(({ spec, dir, priority, toggle }, i) => (
          <th
            key={spec.id}
            scope="col"
            aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
            className={`edge whitespace-nowrap border-b px-3 py-2 font-medium ${clip ? "overflow-hidden" : ""} ${
              i === 0
                ? "sticky left-0 z-30 bg-tremor-background-muted dark:bg-dark-tremor-background-muted"
                : ""
            } ${spec.type === "number" ? "text-right" : ""}`}
          >
            <button
              type="button"
              onClick={toggle}
              title={t("sortHint")}
              className="hover-brand inline-flex items-center gap-1 rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
            >
              {label(spec.id)}
              <span aria-hidden className="w-3 text-xs">
                {dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}
              </span>
              {dir && multi && (
                <span className="ink text-[10px]">
                  <span className="sr-only">{t("sortPriority")} </span>
                  {priority + 1}
                </span>
              )}
            </button>
          </th>
        ))}
      </tr>
    </thead>
  );
}
