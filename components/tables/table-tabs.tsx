"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { TableId } from "@/lib/tables/columns";

/** Switches table, keeping the filters (sort and columns belong to each table, so they are dropped). */
export function TableTabs({ tables, current }: { tables: readonly TableId[]; current: TableId }) {
  const t = useTranslations("table.names");
  const tt = useTranslations("tables");
  const search = useSearchParams();
  const query = Object.fromEntries([...search.entries()].filter(([k]) => k !== "sort" && k !== "hide"));
  return (
    <nav aria-label={tt("tabsLabel")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-2 border-b border-tremor-border dark:border-dark-tremor-border">
        {tables.map((id) => (
          <li key={id}>
            <Link
              href={{ pathname: `/tables/${id}`, query }}
              aria-current={id === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                id === current
                  ? "border-tremor-brand text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:text-dark-tremor-brand-emphasis"
                  : "border-transparent hover:border-tremor-border dark:hover:border-dark-tremor-border"
              }`}
            >
              {t(id)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
