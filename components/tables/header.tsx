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
            className={`whitespace-nowrap border-b border-tremor-border px-3 py-2 font-medium dark:border-dark-tremor-border ${clip ? "overflow-hidden" : ""} ${
              i === 0
                ? "sticky left-0 z-30 bg-tremor-background-muted dark:bg-dark-tremor-background-muted"
                : ""
            } ${spec.type === "number" ? "text-right" : ""}`}
          >
            <button
              type="button"
              onClick={toggle}
              title={t("sortHint")}
              className="inline-flex items-center gap-1 rounded hover:text-tremor-brand focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand dark:hover:text-dark-tremor-brand"
            >
              {label(spec.id)}
              <span aria-hidden className="w-3 text-xs">
                {dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕"}
              </span>
              {dir && multi && (
                <span className="text-[10px] text-tremor-content dark:text-dark-tremor-content">
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
