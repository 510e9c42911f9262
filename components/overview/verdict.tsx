import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { PartialDate } from "@/components/common/partial-date";
import { StatusBar, StatusCounts, StatusSentence } from "@/components/targets/status-summary";
import { STATUS_GROUPS, type StatusGroup } from "@/lib/domain/codes";
import { EMPTY_FILTER, isFilterActive, type Filter } from "@/lib/filter/filter";
import { viewQuery } from "@/lib/filter/search-params";
import { formatPartialDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { recordPage } from "@/lib/queries/pages";
import type { Verdict } from "@/lib/queries/verdict";

/** The targets table filtered to a status group and to the overview's own filter. */
function targetsHref(filter: Filter, group: StatusGroup | null): string {
  const statuses = STATUS_GROUPS.find((g) => g.id === group)?.statuses ?? [];
  const query = viewQuery({
    filter: {
      ...EMPTY_FILTER,
      districts: filter.districts,
      sectors: filter.sectors,
      years: filter.years,
      progress: [...statuses],
    },
    sort: [],
    hidden: null,
  });
  return `/tables/targets${query ? `?${query}` : ""}`;
}

/** The overview's first answer: targets by status, the newest figures, and what the last release changed. */
export function VerdictPanel({
  verdict,
  filter,
  locale,
}: {
  verdict: Verdict;
  filter: Filter;
  locale: string;
}) {
  const t = useTranslations("verdict");
  const { counts, release } = verdict;
  const link = "font-medium text-tremor-brand underline-offset-2 hover:underline dark:text-dark-tremor-brand";
  return (
    <section aria-labelledby="verdict-title" className="mb-8" data-testid="verdict">
      <Card className="grid gap-6 p-4 sm:p-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h2 id="verdict-title" className="ink-strong text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="ink-strong mt-2 text-base" data-testid="verdict-sentence">
            {counts.total === 0 ? t("none") : <StatusSentence counts={counts} />}
          </p>
          {verdict.achievedOnWeaker > 0 && (
            <p className="mt-1 text-sm" data-testid="verdict-weaker">
              {t("weaker", { n: verdict.achievedOnWeaker })}
            </p>
          )}
          {counts.total > 0 && (
            <>
              <StatusBar counts={counts} className="mt-4" />
              <div className="mt-3">
                <StatusCounts counts={counts} href={(g) => targetsHref(filter, g)} />
              </div>
            </>
          )}
          <p className="ink mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {isFilterActive(filter) && <span>{t("filtered")}</span>}
            <Link href={targetsHref(filter, null)} className={link}>
              {t("tableLink")} →
            </Link>
            <Link href="/method#method-status" className={link}>
              {t("methodLink")} →
            </Link>
          </p>
        </div>
        <div className="edge text-sm lg:border-l lg:pl-6">
          <h3 className="ink-strong font-semibold">{t("newestTitle")}</h3>
          {verdict.newestDate ? (
            <p className="mt-1" data-testid="verdict-newest-date" data-date={verdict.newestDate}>
              {t("newestDate", { date: formatPartialDate(verdict.newestDate, locale) })}
            </p>
          ) : (
            <p className="mt-1">{t("noFigures")}</p>
          )}
          <ul className="mt-2 space-y-2" data-testid="verdict-newest">
            {verdict.newest.map((f) => (
              <li key={f.id} data-as-of={f.asOf}>
                <Link href={recordPage.figure(f.id)} className="hover-brand underline underline-offset-2">
                  <span className="ink-strong font-medium">{f.text}</span>
                </Link>{" "}
                <span className="ink">
                  {f.label} · <PartialDate value={f.asOf} />
                </span>
              </li>
            ))}
          </ul>
          {release && (
            <p className="mt-3" data-testid="verdict-release">
              {t("release", {
                date: formatPartialDate(release.date, locale),
                added: release.added,
                revised: release.revised,
                withdrawn: release.withdrawn,
              })}{" "}
              <Link href="/changes" className={link}>
                {t("releaseLink")} →
              </Link>
            </p>
          )}
        </div>
      </Card>
    </section>
  );
}
