import type { Locale } from "@/lib/domain/codes";
import { PageHeader } from "@/components/ui/page-header";
import { getTranslations } from "next-intl/server";
import { CountBarList } from "@/components/charts/count-bar-list";
import { BreakdownChart } from "@/components/charts/breakdown-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { ChartBody } from "@/components/charts/chart-body";
import { ChartDownloadBar, SeriesDownloadBar } from "@/components/charts/chart-download-bar";
import { formatNumber } from "@/lib/format/numbers";
import { ChartSources } from "@/components/charts/chart-sources";
import { SmallMultiples } from "@/components/charts/small-multiples";
import { Section } from "@/components/ui/section";
import { SourceLink } from "@/components/common/source-link";
import { DirectionCard } from "@/components/directions/direction-card";
import { KpiCard } from "@/components/kpi/kpi-card";
import { VerdictPanel } from "@/components/overview/verdict";
import { getVerdict } from "@/lib/queries/verdict";
import { getDataset } from "@/lib/data/store";
import { getOverviewCharts, PLATFORM_LIST } from "@/lib/queries/overview";
import { getDirections } from "@/lib/queries/directions";
import { asOfSummary, getHeadlineIndicators } from "@/lib/queries/indicators";
import { getEntityLists } from "@/lib/queries/entities";
import type { SearchParams } from "nuqs/server";
import { FilterBar } from "@/components/filters/filter-bar";
import { PrintControl } from "@/components/print/print-control";
import { PrintSources } from "@/components/print/print-sources";
import { BreakdownNote } from "@/components/common/breakdown-note";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { isFilterActive } from "@/lib/filter/filter";
import { checkView, serverQuery } from "@/lib/filter/search-params";
import { byLocale, viewPage } from "./pages";

export async function OverviewView({ locale, query }: { locale: Locale; query: SearchParams }) {
  const t = await getTranslations({ locale, namespace: "overview" });
  const ts = await getTranslations({ locale, namespace: "status" });
  const tc = await getTranslations({ locale, namespace: "charts" });
  const ds = getDataset();
  const { view } = checkView(query, urlContext(ds));
  // The overview's bar has no direction or status: those parts of a link do not apply here.
  const filter = { ...view.filter, directions: [], statuses: [], progress: [], q: "" };
  const filtered = isFilterActive(filter);
  const headline = getHeadlineIndicators(ds, locale, filter);
  const directions = getDirections(ds, locale, filter);
  const freshness = asOfSummary(headline.listed, locale);
  const verdict = getVerdict(ds, locale, filter);
  const charts = getOverviewCharts(ds, locale, filter);
  const statusItems = charts.measuresByStatus.map((s) => ({ name: ts(s.status), value: s.value }));
  const platforms = getEntityLists(ds, locale).find((l) => l.id === PLATFORM_LIST);
  const seed = directions[0]?.source;

  return (
    <div>
      <PageHeader className="mb-8" title={t("title")} intro={t("lede")}>
        {seed && (
          <p className="ink mt-1 text-sm">
            {t("basedOn")} <SourceLink source={seed} />
          </p>
        )}
        <PrintControl />
      </PageHeader>

      <FilterBar
        dimensions={["district", "sector", "year"]}
        options={getFilterOptions(ds, locale)}
        rendered={serverQuery(query)}
      />

      <VerdictPanel verdict={verdict} filter={filter} locale={locale} />

      <Section
        id="headline"
        title={t("headlineTitle")}
        intro={
          <>
            <p>{t("headlineIntro")}</p>
            {freshness && (
              <p className="mt-1" data-testid="as-of-summary">
                {freshness.year
                  ? t("asOfSame", { year: freshness.year })
                  : t("asOfRange", { from: freshness.from, to: freshness.to })}{" "}
                {t("staleCount", { stale: freshness.stale, total: freshness.total })}
              </p>
            )}
          </>
        }
      >
        {headline.listed.length === 0 ? (
          <p className="edge rounded-md border border-dashed p-4 text-sm" data-testid="kpi-empty">
            {t("noHeadline")}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="kpi-grid">
            {headline.listed.map((ind) => (
              <KpiCard key={ind.id} indicator={ind} yearFiltered={filter.years.length > 0} />
            ))}
          </div>
        )}
        {headline.hidden.length > 0 && (
          <p className="mt-3 text-sm" data-testid="kpi-hidden">
            {t("hiddenByFilter", { list: headline.hidden.join(", ") })}
          </p>
        )}
        {headline.withoutFigures.length > 0 && (
          <p className="mt-3 text-sm" data-testid="kpi-without-figures">
            {t("withoutFigures", { list: headline.withoutFigures.map((i) => i.label).join(", ") })}
          </p>
        )}
      </Section>

      <Section
        id="directions"
        title={t("directionsTitle")}
        intro={filtered ? `${t("directionsIntro")} ${t("directionsFiltered")}` : t("directionsIntro")}
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {directions.map((d) => (
            <DirectionCard key={d.code} direction={d} filtered={filtered} />
          ))}
        </div>
      </Section>

      <Section id="charts" title={t("chartsTitle")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="min-w-0 lg:col-span-2">
            <ChartCard
              testId="chart-output"
              title={t("outputTitle")}
              caption={t("outputCaption")}
              empty={charts.output.length === 0}
              note={charts.output[0] && <BreakdownNote unbroken={charts.output[0].unbroken} />}
            >
              <SmallMultiples items={charts.output} path="/#charts" />
            </ChartCard>
          </div>
          <ChartCard
            testId="chart-fleet"
            title={t("fleetTitle")}
            caption={t("fleetCaption")}
            empty={charts.fleet === null}
            note={charts.fleet && <BreakdownNote unbroken={charts.fleet.unbroken} />}
            table={charts.fleet?.chart.table}
            download={charts.fleet && <SeriesDownloadBar charted={charts.fleet} path="/#charts" />}
            footer={charts.fleet && <ChartSources sources={charts.fleet.sources} />}
          >
            {charts.fleet && <ChartBody chart={charts.fleet.chart} />}
          </ChartCard>
          <ChartCard
            testId="chart-platforms"
            title={t("platformsTitle")}
            caption={
              platforms
                ? t("platformsCaption", { named: platforms.named, total: platforms.total ?? platforms.named })
                : undefined
            }
            empty={charts.platformsBySector.length === 0}
            note={<BreakdownNote unbroken={charts.platformsUnbroken} />}
            footer={platforms && <SourceLink source={platforms.source} />}
            download={
              <ChartDownloadBar
                title={t("platformsTitle")}
                subtitle={
                  platforms
                    ? t("platformsCaption", {
                        named: platforms.named,
                        total: platforms.total ?? platforms.named,
                      })
                    : ""
                }
                data={{
                  kind: "donut",
                  columns: { label: tc("columns.sector"), value: tc("columns.platforms") },
                  items: charts.platformsBySector.map((p) => ({
                    label: p.name,
                    value: p.value,
                    display: formatNumber(p.value, locale),
                  })),
                }}
                sources={platforms ? [platforms.source] : []}
                asOf={{ dataset: ds.updatedAt.slice(0, 10) }}
                path="/#charts"
              />
            }
          >
            <BreakdownChart items={charts.platformsBySector} label={t("platformsTitle")} />
          </ChartCard>
          <ChartCard
            testId="chart-status"
            download={
              <ChartDownloadBar
                title={t("statusTitle")}
                subtitle={
                  filtered
                    ? t("statusCaption", charts.measureCount)
                    : t("statusCaptionAll", { total: charts.measureCount.total })
                }
                data={{
                  kind: "bars",
                  columns: { label: tc("columns.status"), value: tc("columns.measures") },
                  items: statusItems.map((i) => ({
                    label: i.name,
                    value: i.value,
                    display: formatNumber(i.value, locale),
                  })),
                }}
                sources={[]}
                asOf={{ dataset: ds.updatedAt.slice(0, 10) }}
                path="/#charts"
              />
            }
            title={t("statusTitle")}
            caption={
              filtered
                ? t("statusCaption", charts.measureCount)
                : t("statusCaptionAll", { total: charts.measureCount.total })
            }
          >
            <CountBarList items={statusItems} />
          </ChartCard>
        </div>
      </Section>
      <PrintSources
        sources={[
          ...(seed ? [seed] : []),
          ...headline.listed.flatMap((i) => (i.latest ? [i.latest.source] : [])),
          ...directions.map((d) => d.source),
        ]}
      />
    </div>
  );
}

export const overviewPage = viewPage(OverviewView, byLocale);
