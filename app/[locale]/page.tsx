import { getTranslations, setRequestLocale } from "next-intl/server";
import { CountBarList } from "@/components/charts/count-bar-list";
import { BreakdownChart } from "@/components/charts/breakdown-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { SeriesChart } from "@/components/charts/series-chart";
import { Section } from "@/components/common/section";
import { SourceLink } from "@/components/common/source-link";
import { DirectionCard } from "@/components/directions/direction-card";
import { KpiCard } from "@/components/kpi/kpi-card";
import { getDataset } from "@/lib/data/store";
import { formatNumber } from "@/lib/format/format";
import { titleFrom } from "@/lib/i18n/metadata";
import { isLocale } from "@/lib/i18n/routing";
import { getOverviewCharts } from "@/lib/queries/overview";
import { getDirections, getHeadlineIndicators } from "@/lib/queries/queries";
import { getEntityLists } from "@/lib/queries/entities";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/filters/filter-bar";
import { BreakdownNote } from "@/components/common/breakdown-note";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { parseViewState } from "@/lib/filter/url-state";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFrom("overview");

export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "overview" });
  const ts = await getTranslations({ locale, namespace: "status" });
  const ds = getDataset();
  const { state } = parseViewState(await searchParams, urlContext(ds));
  const filter = state.filter;
  const headline = getHeadlineIndicators(ds, locale, filter);
  const directions = getDirections(ds, locale);
  const charts = getOverviewCharts(ds, locale, filter);
  const platforms = getEntityLists(ds, locale).find((l) => l.id === "national-open-platforms");
  const seed = directions[0]?.source;

  return (
    <div>
      <header className="mb-8 max-w-3xl">
        <h1 className="text-2xl font-semibold text-tremor-content-strong sm:text-3xl dark:text-dark-tremor-content-strong">
          {t("title")}
        </h1>
        <p className="mt-2">{t("lede")}</p>
        {seed && (
          <p className="mt-1 text-sm text-tremor-content dark:text-dark-tremor-content">
            {t("basedOn")} <SourceLink source={seed} />
          </p>
        )}
      </header>

      <FilterBar
        dimensions={["district", "sector", "year"]}
        options={getFilterOptions(ds, locale)}
        mode="server"
      />

      <Section id="headline" title={t("headlineTitle")} intro={t("headlineIntro")}>
        {headline.length === 0 ? (
          <p
            className="rounded-md border border-dashed border-tremor-border p-4 text-sm dark:border-dark-tremor-border"
            data-testid="kpi-empty"
          >
            {t("noHeadline")}
          </p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="kpi-grid">
            {headline.map((ind) => (
              <KpiCard key={ind.id} indicator={ind} />
            ))}
          </div>
        )}
      </Section>

      <Section id="directions" title={t("directionsTitle")} intro={t("directionsIntro")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          {directions.map((d) => (
            <DirectionCard key={d.code} direction={d} />
          ))}
        </div>
      </Section>

      <Section id="charts" title={t("chartsTitle")}>
        <div className="grid gap-4 lg:grid-cols-2">
          <ChartCard
            testId="chart-output"
            title={t("outputTitle")}
            caption={t("outputCaption")}
            empty={charts.output.indicators.length === 0}
            note={charts.output.indicators[0] && <BreakdownNote fit={charts.output.indicators[0].fit} />}
            table={{
              columns: [t("period"), ...charts.output.table.series.map((s) => s.key)],
              rows: charts.output.table.rows.map((r) => [
                String(r.period),
                ...charts.output.table.series.map((i) => {
                  const v = r[i.key];
                  return typeof v === "number" ? formatNumber(v, locale) : "–";
                }),
              ]),
            }}
            footer={
              <ul className="space-y-0.5">
                {charts.output.indicators.flatMap((i) =>
                  i.observations.map((o) => (
                    <li key={o.id}>
                      {i.label}, {o.asOf}: {o.display.text} · <SourceLink source={o.source} compact />
                    </li>
                  )),
                )}
              </ul>
            }
          >
            <SeriesChart
              type="bar"
              rows={charts.output.table.rows}
              categories={charts.output.table.series.map((s) => s.key)}
              targetKey={charts.output.table.series.find((s) => s.indicator === "target")?.key}
              unit={charts.output.indicators[0]?.unit ?? "yuan-bn"}
              unitLabel={charts.output.indicators[0]?.unitLabel ?? ""}
            />
          </ChartCard>
          <ChartCard
            testId="chart-fleet"
            title={t("fleetTitle")}
            caption={t("fleetCaption")}
            empty={charts.fleet.indicators.length === 0}
            note={charts.fleet.indicators[0] && <BreakdownNote fit={charts.fleet.indicators[0].fit} />}
            table={{
              columns: [t("period"), ...charts.fleet.indicators.map((i) => i.label)],
              rows: charts.fleet.indicators.flatMap((i) =>
                i.observations.map((o) => [o.asOf, o.display.text]),
              ),
            }}
            footer={
              <p>
                {t("sourcesLabel")}{" "}
                {[
                  ...new Map(
                    charts.fleet.indicators.flatMap((i) =>
                      i.observations.map((o) => [o.source.id, o.source]),
                    ),
                  ).values(),
                ].map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ", "}
                    <SourceLink source={s} compact />
                  </span>
                ))}
              </p>
            }
          >
            <SeriesChart
              type="line"
              rows={charts.fleet.table.rows}
              categories={charts.fleet.table.series.map((s) => s.key)}
              unit={charts.fleet.indicators[0]?.unit ?? "vehicle"}
              unitLabel={charts.fleet.indicators[0]?.unitLabel ?? ""}
            />
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
            note={<BreakdownNote fit={charts.platformsFit} />}
            footer={platforms && <SourceLink source={platforms.source} />}
          >
            <BreakdownChart items={charts.platformsBySector} label={t("platformsTitle")} />
          </ChartCard>
          <ChartCard testId="chart-status" title={t("statusTitle")} caption={t("statusCaption")}>
            <CountBarList
              items={charts.measuresByStatus.map((s) => ({ name: ts(s.status), value: s.value }))}
            />
          </ChartCard>
        </div>
      </Section>
    </div>
  );
}
