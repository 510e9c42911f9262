"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { TableId } from "@/lib/tables/columns";

/** Switches table, keeping the filters (sort and columns belong to each table, so they are dropped). */
export function TableTabs(props: { tables: readonly TableId[]; current: TableId }) {
  const search = useSearchParams();
  const query = Object.fromEntries([...search.entries()].filter(([k]) => k !== "sort" && k !== "hide"));
  return <Tabs {...props} query={query} />;
}

function Tabs({
  tables,
  current,
  query,
}: {
  tables: readonly TableId[];
  current: TableId;
  query: Record<string, string>;
}) {
  const t = useTranslations("table.names");
  const tt = useTranslations("tables");
  return (
    <nav aria-label={tt("tabsLabel")} className="print:hidden">
      <ul className="edge flex flex-wrap gap-x-1 border-b">
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
