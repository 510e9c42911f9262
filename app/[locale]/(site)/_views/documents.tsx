import type { Locale } from "@/lib/domain/codes";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { DocumentCard } from "@/components/documents/document-card";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { restrictFilter } from "@/lib/filter/filter";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView, serverQuery } from "@/lib/filter/search-params";
import { getDocuments } from "@/lib/queries/documents";
import { TABLES } from "@/lib/tables/columns";
import { byLocale, viewPage } from "./pages";

export async function DocumentsView({ locale, query }: { locale: Locale; query: SearchParams }) {
  const t = await getTranslations({ locale, namespace: "documents" });
  const ds = getDataset();
  const dims = TABLES.documents.dimensions;
  const { view } = checkView(query, urlContext(ds));
  const docs = getDocuments(ds, locale, restrictFilter({ ...view.filter, q: "" }, dims));
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro")} />
      <FilterBar dimensions={dims} options={getFilterOptions(ds, locale)} rendered={serverQuery(query)} />
      {docs.length === 0 ? (
        <p className="edge rounded-md border border-dashed p-4 text-sm">{t("empty")}</p>
      ) : (
        <ol className="grid gap-4 lg:grid-cols-2" data-testid="document-list">
          {docs.map((d) => (
            <li key={d.id}>
              <DocumentCard doc={d} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export const documentsPage = viewPage(DocumentsView, byLocale);
