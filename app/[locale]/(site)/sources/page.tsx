import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourceCard } from "@/components/sources/source-card";
import { getDataset } from "@/lib/data/store";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { localeParams } from "../_views/routing";
import { getSources } from "@/lib/queries/sources";

// Prerendered per language, regenerated when the dataset changes (see _views/routing.ts).
export const revalidate = 300;
export const generateStaticParams = localeParams;

export const generateMetadata = titleFrom("sources");

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "sources" });
  const sources = getSources(getDataset(), locale);
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro", { count: sources.length })}>
        <ul className="mt-2 space-y-1 text-sm">
          <li>{t("legend.high")}</li>
          <li>{t("legend.medium")}</li>
          <li>{t("legend.secondary")}</li>
        </ul>
      </PageHeader>
      <ol className="grid gap-4 lg:grid-cols-2" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceCard source={s} />
          </li>
        ))}
      </ol>
    </div>
  );
}
