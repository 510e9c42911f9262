import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { DocumentCard } from "@/components/documents/document-card";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import { restrictFilter } from "@/lib/filter/filter";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView } from "@/lib/filter/search-params";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { getDocuments } from "@/lib/queries/documents";
import { TABLES } from "@/lib/tables/columns";

export const generateMetadata = titleFrom("documents");

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "documents" });
  const ds = getDataset();
  const dims = TABLES.documents.dimensions;
  const { view } = checkView(await searchParams, urlContext(ds));
  const docs = getDocuments(ds, locale, restrictFilter({ ...view.filter, q: "" }, dims));
  return (
    <div>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold text-tremor-content-strong sm:text-3xl dark:text-dark-tremor-content-strong">
          {t("title")}
        </h1>
        <p className="mt-2">{t("intro")}</p>
      </header>
      <FilterBar dimensions={dims} options={getFilterOptions(ds, locale)} />
      {docs.length === 0 ? (
        <p className="rounded-md border border-dashed border-tremor-border p-4 text-sm dark:border-dark-tremor-border">
          {t("empty")}
        </p>
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
