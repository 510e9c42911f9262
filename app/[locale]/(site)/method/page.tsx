import { notFound } from "next/navigation";
import { PageHeader } from "@/components/common/page-header";
import { PrintControl } from "@/components/print/print-control";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Section } from "@/components/common/section";
import { Badge } from "@/components/common/badge";
import { getDataset } from "@/lib/data/store";
import { formatPartialDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { localeParams } from "../_views/routing";
import { getTargets } from "@/lib/queries/targets";

// Prerendered per language, regenerated when the dataset changes (see _views/routing.ts).
export const revalidate = 300;
export const generateStaticParams = localeParams;

export const generateMetadata = titleFrom("method");

const RULES = [
  "achieved",
  "off-track-deadline",
  "overdue",
  "not-enough-data",
  "on-track",
  "needs-attention",
  "off-track",
] as const;
const RULE_STATUS = {
  achieved: "achieved",
  "not-enough-data": "not-enough-data",
  "off-track-deadline": "off-track",
  overdue: "overdue",
  "on-track": "on-track",
  "needs-attention": "needs-attention",
  "off-track": "off-track",
} as const;

export default async function MethodPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "method" });
  const tp = await getTranslations({ locale, namespace: "progress" });
  const targets = getTargets(getDataset(), locale);
  // The worked example: a target with both a baseline and a later figure, from the live data.
  const example = targets.find(
    (x) => x.progress.baseline && x.progress.latest && x.progress.baseline.id !== x.progress.latest.id,
  );
  const paragraphs = [
    ["seriesTitle", "series"],
    ["baselineTitle", "baseline"],
    ["boundsTitle", "bounds"],
    ["progressTitle", "progress"],
    ["paceTitle", "pace"],
    ["growthTitle", "growth"],
    ["recurringTitle", "recurring"],
    ["changeTitle", "change"],
  ] as const;
  return (
    <article className="max-w-3xl">
      <PageHeader className="" title={t("title")} intro={t("intro")}>
        <PrintControl />
      </PageHeader>
      {paragraphs.map(([title, body]) => (
        <Section key={body} id={`method-${body}`} title={t(title)}>
          <p>{t(body)}</p>
        </Section>
      ))}
      <Section id="method-status" title={t("statusTitle")} intro={t("statusIntro")}>
        <ol className="list-inside list-decimal space-y-1" data-testid="method-rules">
          {RULES.map((rule) => (
            <li key={rule}>
              <Badge kind="target" value={RULE_STATUS[rule]} /> {t(`rules.${rule}`)}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="method-filter" title={t("filterTitle")} intro={t("filterIntro")}>
        <ul className="list-inside list-disc space-y-1" data-testid="method-filter">
          {(["district", "sector", "direction", "status", "year", "q"] as const).map((rule) => (
            <li key={rule}>{t(`filterRules.${rule}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="method-freshness" title={t("freshnessTitle")}>
        <p>{t("freshness")}</p>
      </Section>
      <Section id="method-example" title={t("exampleTitle")}>
        {example && example.progress.baseline && example.progress.latest ? (
          <p data-testid="method-example">
            {t("example", {
              label: example.label,
              target: example.targetText,
              due: example.due ? t("exampleDue", { due: formatPartialDate(example.due, locale) }) : "",
              baseline: example.baselineText ?? "",
              baselineDate: formatPartialDate(example.progress.baseline.asOf, locale),
              latest: example.latestText ?? "",
              latestDate: formatPartialDate(example.progress.latest.asOf, locale),
              status: tp(`status.${example.progress.status}`),
              reason: tp(`reason.${example.progress.reason}`),
            })}
          </p>
        ) : (
          <p>{t("noExample")}</p>
        )}
      </Section>
      <Section id="method-all" title={t("allTitle")}>
        <Link
          href="/tables/targets"
          className="font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
        >
          {t("allLink")}
        </Link>
      </Section>
    </article>
  );
}
