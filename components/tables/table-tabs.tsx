"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { getPathname, Link } from "@/lib/i18n/navigation";
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
            <TabLink
              href={{ pathname: `/tables/${id}`, query }}
              aria-current={id === current ? "page" : undefined}
              className={`block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
                id === current
                  ? "border-tremor-brand text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:text-dark-tremor-brand-emphasis"
                  : "border-transparent hover:border-tremor-border dark:hover:border-dark-tremor-border"
              }`}
            >
              {t(id)}
            </TabLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A link to another table: within the app when it carries no filter (the prerendered default view), a
 * plain link when it does, so the filtered view is loaded as its own page (see `useFilter`).
 */
function TabLink({
  href,
  ...rest
}: ComponentProps<typeof Link> & { href: { pathname: string; query: Record<string, string> } }) {
  const locale = useLocale();
  if (Object.keys(href.query).length === 0) return <Link href={href} {...rest} />;
  return <a href={getPathname({ href, locale })} {...rest} />;
}
