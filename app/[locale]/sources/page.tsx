import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SourceCard } from "@/components/sources/source-card";
import { getDataset } from "@/lib/data/store";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { getSources } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFrom("sources");

export default async function SourcesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "sources" });
  const sources = getSources(getDataset(), locale);
  return (
    <div>
      <header className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold text-tremor-content-strong sm:text-3xl dark:text-dark-tremor-content-strong">
          {t("title")}
        </h1>
        <p className="mt-2">{t("intro", { count: sources.length })}</p>
        <ul className="mt-2 space-y-0.5 text-sm">
          <li>{t("legend.high")}</li>
          <li>{t("legend.medium")}</li>
          <li>{t("legend.secondary")}</li>
        </ul>
      </header>
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
