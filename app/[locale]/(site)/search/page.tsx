import type { Metadata } from "next";
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SearchResultList } from "@/components/search/search-results";
import { getDataset } from "@/lib/data/store";
import { isLocale } from "@/lib/i18n/routing";
import { searchEverything } from "@/lib/search/search";

// Results depend on the query: rendered for it (and kept like any view: lib/server/compressed-pages.mjs),
// never indexed.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "search" });
  return { title: t("pageTitle"), robots: { index: false } };
}

/** The search as a page of its own: every result of every kind, and a form that works without scripts. */
export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : (raw?.[0] ?? "")).trim();
  const tooLong = q.length > MAX_QUERY_LENGTH;
  const results = q && !tooLong ? searchEverything(getDataset(), q, locale, { limitPerKind: 100 }) : null;
  return (
    <div>
      <PageHeader title={t("pageTitle")} intro={t("pageIntro")} />
      <form method="get" role="search" className="mb-6 flex max-w-xl gap-2">
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          aria-label={t("label")}
          placeholder={t("placeholder")}
          className="edge h-10 min-w-0 flex-1 rounded-md border bg-transparent px-3"
        />
        <button type="submit" className="h-10 rounded-md bg-tremor-brand px-4 text-sm font-medium text-white">
          {t("submit")}
        </button>
      </form>
      {tooLong ? (
        <p role="alert">{t("tooLong")}</p>
      ) : results ? (
        <SearchResultList results={results} />
      ) : (
        <p className="text-sm">{t("typeToSearch")}</p>
      )}
    </div>
  );
}
