import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { CompareGroupCard } from "@/components/compare/compare-group";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { restrictFilter } from "@/lib/filter/filter";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView } from "@/lib/filter/search-params";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { compareGroups } from "@/lib/queries/compare";
import { select } from "@/lib/queries/select";
import { TABLES } from "@/lib/tables/columns";

export const generateMetadata = titleFrom("compare");

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "compare" });
  const ds = getDataset();
  const dims = TABLES.cities.dimensions;
  const { view } = checkView(await searchParams, urlContext(ds));
  const groups = compareGroups(select(ds, restrictFilter({ ...view.filter, q: "" }, dims)), locale);
  return (
    <div>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold text-tremor-content-strong sm:text-3xl dark:text-dark-tremor-content-strong">
          {t("title")}
        </h1>
        <p className="mt-2">{t("intro")}</p>
      </header>
      <FilterBar dimensions={dims} options={getFilterOptions(ds, locale)} />
      <p className="-mt-3 mb-4 text-xs text-tremor-content dark:text-dark-tremor-content">
        {t("filterNote")}
      </p>
      {groups.length === 0 ? (
        <p className="rounded-md border border-dashed border-tremor-border p-4 text-sm dark:border-dark-tremor-border">
          {t("empty")}
        </p>
      ) : (
        <div className="grid gap-4">
          {groups.map((g) => (
            <CompareGroupCard key={g.unit} group={g} />
          ))}
        </div>
      )}
    </div>
  );
}
