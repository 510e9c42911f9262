import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { LiveTable } from "@/components/tables/live-table";
import { listPayload } from "@/lib/api/resources";
import { TableTabs } from "@/components/tables/table-tabs";
import { getDataset } from "@/lib/data/store";
import { getFilterOptions } from "@/lib/filter/options";
import { isLocale } from "@/lib/i18n/routing";
import { isTableId, TABLES } from "@/lib/tables/specs";
import { TABLE_IDS } from "@/lib/tables/types";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; table: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, table } = await params;
  if (!isLocale(locale) || !isTableId(table)) return {};
  const t = await getTranslations({ locale, namespace: "table.names" });
  return { title: t(table) };
}

export default async function TablePage({ params }: { params: Params }) {
  const { locale, table } = await params;
  if (!isLocale(locale) || !isTableId(table)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "tables" });
  const ds = getDataset();
  const spec = TABLES[table];
  const options = getFilterOptions(ds, locale);
  const columns = spec.columns.map((c) => c.id);
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
      <TableTabs tables={[...TABLE_IDS]} current={table} />
      <div className="mt-4">
        <FilterBar dimensions={spec.dimensions} options={options} mode="client" columns={columns} />
        <LiveTable
          table={table}
          fallback={listPayload(ds, table, locale)}
          columns={spec.columns}
          dimensions={spec.dimensions}
          options={options}
        />
      </div>
    </div>
  );
}
