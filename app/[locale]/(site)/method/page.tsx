import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { PrintControl } from "@/components/print/print-control";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { Badge } from "@/components/common/badge";
import { getDataset } from "@/lib/data/store";
import { formatPartialDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { localeParams } from "../_views/routing";
import { getTargets } from "@/lib/queries/targets";
import { rulesFor } from "@/lib/queries/progress";
import { TARGET_KINDS } from "@/lib/domain/codes";

// Prerendered per language, regenerated when the dataset changes (see _views/routing.ts).
export const revalidate = 300;
export const generateStaticParams = localeParams;

export const generateMetadata = titleFrom("method");

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
        {/* Printed from the rule table the code evaluates (lib/queries/progress.ts). */}
        {TARGET_KINDS.map((kind) => (
          <div key={kind} className="mt-3">
            <h3 className="ink-strong text-sm font-semibold">{t(`rulesKinds.${kind}`)}</h3>
            <ol className="mt-1 list-inside list-decimal space-y-1" data-testid={`method-rules-${kind}`}>
              {rulesFor(kind).map((rule) => (
                <li key={rule.id} data-rule={rule.id}>
                  <Badge kind="target" value={rule.status} />{" "}
                  {t(`rules.${kind}.${rule.id}` as `rules.level.overdue`)}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </Section>
      <Section id="method-filter" title={t("filterTitle")} intro={t("filterIntro")}>
        <ul className="list-inside list-disc space-y-1" data-testid="method-filter">
          {(["district", "sector", "direction", "status", "progress", "year", "q"] as const).map((rule) => (
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
