import type { Locale } from "@/lib/domain/codes";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { DataTable } from "@/components/tables/data-table";
import { TableTabs } from "@/components/tables/table-tabs";
import { getDataset } from "@/lib/data/store";
import { codeNames, getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView, serverQuery } from "@/lib/filter/search-params";
import { restrictFilter } from "@/lib/filter/filter";
import { isTableId, TABLE_IDS, TABLES, type TableId } from "@/lib/tables/columns";
import { isLocale } from "@/lib/i18n/routing";
import { packRows, type GridRow } from "@/lib/tables/row";
import { tableRows, tableTotal } from "@/lib/tables/rows";
import { viewPage } from "./pages";

export async function TableView({
  locale,
  table,
  query,
}: {
  locale: Locale;
  table: TableId;
  query: SearchParams;
}) {
  const t = await getTranslations({ locale, namespace: "tables" });
  const ds = getDataset();
  const spec = TABLES[table];
  const options = getFilterOptions(ds, locale);
  const columns = spec.columns.map((c) => c.id);
  const { view } = checkView(query, urlContext(ds, columns));
  // The rows under the filter, from the one selection, each with its "not broken down" notes; the browser
  // searches and sorts them. The total is counted on the unfiltered selection, without building its rows.
  const filter = restrictFilter({ ...view.filter, q: "" }, spec.dimensions);
  const rows: readonly GridRow[] = tableRows(ds, table, locale, filter);
  const total = tableTotal(ds, table);
  // A CSV without a limit holds every row.
  const exportAll = `/api/v1/${table}?locale=${locale}&for=excel`;
  return (
    <div>
      <PageHeader className="mb-4" title={t("title")} intro={t("intro")}>
        <p className="mt-2 text-sm">
          <a
            href={`/api/v1/datapackage?locale=${locale}`}
            className="font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
            download
          >
            {t("download")}
          </a>
          <span className="ink block text-xs">{t("downloadNote")}</span>
        </p>
      </PageHeader>
      <TableTabs tables={TABLE_IDS} current={table} />
      <div className="mt-4">
        <FilterBar
          dimensions={spec.dimensions}
          options={options}
          columns={columns}
          rendered={serverQuery(query)}
        />
        {table === "indicators" && filter.years.length > 0 && (
          <p className="ink mb-3 text-sm" data-testid="year-note">
            {t("yearNote")}
          </p>
        )}
        <DataTable
          table={table satisfies TableId}
          rows={packRows(rows)}
          total={total}
          columns={spec.columns}
          options={options}
          names={codeNames(ds, locale)}
          exportAllHref={exportAll}
          spreadsheetHref={`/api/v1/${table}?locale=${locale}&format=xlsx`}
        />
      </div>
    </div>
  );
}

export const tablePage = viewPage(
  TableView,
  ({ locale, table }: { locale: string; table: string }): { locale: Locale; table: TableId } | null =>
    isLocale(locale) && isTableId(table) ? { locale, table } : null,
);
