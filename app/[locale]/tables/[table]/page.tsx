import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { DataTable } from "@/components/tables/data-table";
import { TableTabs } from "@/components/tables/table-tabs";
import { getDataset } from "@/lib/data/store";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView } from "@/lib/filter/search-params";
import { restrictFilter } from "@/lib/filter/filter";
import { isLocale } from "@/lib/i18n/routing";
import { hasRowNotes, isTableId, TABLE_IDS, TABLES, type TableId } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";
import { tableRows } from "@/lib/tables/rows";

type Params = Promise<{ locale: string; table: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, table } = await params;
  if (!isLocale(locale) || !isTableId(table)) return {};
  const t = await getTranslations({ locale, namespace: "table.names" });
  return { title: t(table) };
}

export default async function TablePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, table } = await params;
  if (!isLocale(locale) || !isTableId(table)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "tables" });
  const ds = getDataset();
  const spec = TABLES[table];
  const options = getFilterOptions(ds, locale);
  const columns = spec.columns.map((c) => c.id);
  const { view } = checkView(await searchParams, urlContext(ds, columns));
  // The rows under the filter, from the one selection; the browser searches and sorts them.
  const filter = restrictFilter({ ...view.filter, q: "" }, spec.dimensions);
  const rows: readonly GridRow[] = tableRows(ds, table, locale, filter);
  const total = tableRows(ds, table, locale).length;
  const exportAll = `/api/v1/${table}?locale=${locale}&for=excel&limit=10000`;
  return (
    <div>
      <header className="mb-4 max-w-3xl">
        <h1 className="text-2xl font-semibold text-tremor-content-strong sm:text-3xl dark:text-dark-tremor-content-strong">
          {t("title")}
        </h1>
        <p className="mt-2">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <a
            href={`/api/v1/datapackage?locale=${locale}`}
            className="font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
            download
          >
            {t("download")}
          </a>
          <span className="block text-xs text-tremor-content dark:text-dark-tremor-content">
            {t("downloadNote")}
          </span>
        </p>
      </header>
      <TableTabs tables={TABLE_IDS} current={table} />
      <div className="mt-4">
        <FilterBar dimensions={spec.dimensions} options={options} columns={columns} />
        {table === "indicators" && filter.years.length > 0 && (
          <p
            className="mb-3 text-sm text-tremor-content dark:text-dark-tremor-content"
            data-testid="year-note"
          >
            {t("yearNote")}
          </p>
        )}
        <DataTable
          table={table satisfies TableId}
          rows={rows}
          total={total}
          columns={spec.columns}
          options={options}
          noteDimensions={hasRowNotes(table) ? ["district", "sector"] : []}
          exportAllHref={exportAll}
        />
      </div>
    </div>
  );
}
