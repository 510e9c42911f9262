import type { Locale } from "@/lib/domain/codes";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { CompareGroupCard } from "@/components/compare/compare-group";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { restrictFilter } from "@/lib/filter/filter";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView, serverQuery } from "@/lib/filter/search-params";
import { compareGroups } from "@/lib/queries/compare";
import { select } from "@/lib/queries/select";
import { TABLES } from "@/lib/tables/columns";
import { byLocale, viewPage } from "./pages";

export async function CompareView({ locale, query }: { locale: Locale; query: SearchParams }) {
  const t = await getTranslations({ locale, namespace: "compare" });
  const ds = getDataset();
  const dims = TABLES.cities.dimensions;
  const { view } = checkView(query, urlContext(ds));
  const groups = compareGroups(select(ds, restrictFilter({ ...view.filter, q: "" }, dims)), locale);
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterBar dimensions={dims} options={getFilterOptions(ds, locale)} rendered={serverQuery(query)} />
      <p className="ink -mt-3 mb-4 text-xs">{t("filterNote")}</p>
      {groups.length === 0 ? (
        <p className="edge rounded-md border border-dashed p-4 text-sm">{t("empty")}</p>
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

export const comparePage = viewPage(CompareView, byLocale);
