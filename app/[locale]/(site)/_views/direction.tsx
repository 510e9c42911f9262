import { isDirectionCode, type DirectionCode, type Locale } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChartCard } from "@/components/charts/chart-card";
import { SeriesDownloadBar } from "@/components/charts/chart-download-bar";
import { ChartBody } from "@/components/charts/chart-body";
import { ChartSources } from "@/components/charts/chart-sources";
import { Section } from "@/components/ui/section";
import { SourceLink } from "@/components/common/source-link";
import { DirectionTabs } from "@/components/directions/direction-tabs";
import { EntityList } from "@/components/entities/entity-list";
import { KpiCard } from "@/components/kpi/kpi-card";
import { MeasureList } from "@/components/measures/measure-list";
import { FilterBar } from "@/components/filters/filter-bar";
import { PrintControl } from "@/components/print/print-control";
import { PrintSources } from "@/components/print/print-sources";
import { TargetRollUp } from "@/components/directions/target-roll-up";
import { BreakdownNote } from "@/components/common/breakdown-note";
import { DocumentLink } from "@/components/common/document-link";
import { TargetProgress } from "@/components/kpi/target-progress";
import { chartedSeries } from "@/lib/queries/charts";
import { targetViews } from "@/lib/queries/targets";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import { checkView, serverQuery } from "@/lib/filter/search-params";
import type { SearchParams } from "nuqs/server";
import { getDataset } from "@/lib/data/store";
import { getDirection, getDirections } from "@/lib/queries/directions";
import { indicatorViews } from "@/lib/queries/indicators";
import { measureViews } from "@/lib/queries/measures";
import { select } from "@/lib/queries/select";
import { entityViews, getEntityLists } from "@/lib/queries/entities";
import { viewPage } from "./pages";

export async function DirectionView({
  locale,
  code,
  query,
}: {
  locale: Locale;
  code: DirectionCode;
  query: SearchParams;
}) {
  const ds = getDataset();
  const { view } = checkView(query, urlContext(ds));
  const direction = getDirection(ds, code, locale, view.filter);
  if (!direction) notFound();
  const t = await getTranslations({ locale, namespace: "direction" });
  const tp = await getTranslations({ locale, namespace: "progress" });
  const tf = await getTranslations({ locale, namespace: "filters" });
  // One selection for the whole page: every section below is built from it.
  const filter = { ...view.filter, directions: [direction.code], q: "" };
  const sel = select(ds, filter);
  const { listed: indicators, withoutFigures: noFigureInYears } = indicatorViews(sel, locale);
  const targets = targetViews(sel, locale);
  const withFigures = indicators.filter((i) => i.latest !== null);
  const withoutFigures = indicators.filter((i) => i.latest === null);
  // A series with two figures or more is drawn over time; a single figure is on its card above.
  const charted = chartedSeries(withFigures, locale, 2);
  const measures = measureViews(sel, locale);
  const lists = getEntityLists(ds, locale).filter((l) => l.direction === direction.code);
  const entities = entityViews(sel, locale);
  const yearFiltered = filter.years.length > 0;
  const statusNote = filter.statuses.length > 0 ? tf("statusMeasuresOnly") : null;

  return (
    <div>
      <DirectionTabs directions={getDirections(ds, locale)} current={direction.code} />
      <PageHeader
        className="mb-8 mt-6"
        eyebrow={<p className="ink text-sm font-medium">{t("eyebrow", { n: direction.order })}</p>}
        title={direction.name}
      >
        <p className="mt-2 text-lg">{direction.goal}</p>
        <p className="mt-2">{direction.summary}</p>
        <p className="ink mt-2 text-sm">
          {t("setBy")} <SourceLink source={direction.source} />
        </p>
        <PrintControl />
      </PageHeader>

      <FilterBar
        dimensions={["district", "sector", "status", "year"]}
        options={getFilterOptions(ds, locale)}
        rendered={serverQuery(query)}
      />

      <Section
        id="indicators"
        title={t("indicatorsTitle")}
        intro={t("indicatorsIntro", { count: withFigures.length })}
      >
        {statusNote && <p className="mb-3 text-xs italic">{statusNote}</p>}
        {withFigures.length === 0 ? (
          <p className="edge rounded-md border border-dashed p-4 text-sm">{t("noIndicators")}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {withFigures.map((i) => (
              <div key={i.id} id={`indicator-${i.id}`}>
                <KpiCard indicator={i} yearFiltered={yearFiltered} />
              </div>
            ))}
          </div>
        )}
        {noFigureInYears.length > 0 && (
          <div className="mt-4 text-sm" data-testid="no-figure-in-years">
            <p>{t("noFigureInYears")}</p>
            <ul className="mt-1 list-inside list-disc">
              {noFigureInYears.map((i) => (
                <li key={i.id} id={`indicator-${i.id}`}>
                  {i.label}
                </li>
              ))}
            </ul>
          </div>
        )}
        {withoutFigures.length > 0 && (
          <div className="mt-4 text-sm">
            <p>{t("awaiting")}</p>
            <ul className="mt-1 list-inside list-disc">
              {withoutFigures.map((i) => (
                <li key={i.id} id={`indicator-${i.id}`}>
                  {i.label}: <span className="ink">{i.definition}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      {charted.length > 0 && (
        <Section id="series" title={t("seriesTitle")} intro={t("seriesIntro")}>
          <div className="grid gap-4 lg:grid-cols-2">
            {charted.map(({ chart, sources, unbroken }) => (
              <ChartCard
                download={
                  <SeriesDownloadBar
                    charted={{ chart, sources, unbroken }}
                    path={`/directions/${code}#series`}
                  />
                }
                key={chart.indicator}
                note={<BreakdownNote unbroken={unbroken} />}
                testId={`series-${chart.indicator}`}
                title={chart.label}
                caption={chart.definition}
                table={chart.table}
                footer={<ChartSources sources={sources} />}
              >
                <ChartBody chart={chart} />
              </ChartCard>
            ))}
          </div>
        </Section>
      )}

      <Section
        id="measures"
        title={t("measuresTitle")}
        intro={t("measuresIntro", { count: measures.length })}
      >
        <MeasureList measures={measures} />
      </Section>

      <Section id="targets" title={tp("targetsTitle")} intro={tp("targetsIntro")}>
        {statusNote && <p className="mb-3 text-xs italic">{statusNote}</p>}
        <TargetRollUp direction={direction} testId="direction-rollup" />
        {targets.length > 0 && (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {targets.map((x) => (
              <li
                key={x.id}
                id={`target-${x.id}`}
                className="edge rounded-tremor-default border bg-white p-3 dark:bg-dark-tremor-background"
              >
                <p className="ink-strong text-sm font-medium">{x.label}</p>
                <p className="ink mb-2 text-xs">
                  {x.indicator.label}
                  {x.latestText ? ` · ${x.latestText}` : ""} · <SourceLink source={x.source} compact />
                </p>
                <TargetProgress target={x} />
                {x.document && (
                  <p className="mt-1 text-xs">
                    <DocumentLink doc={x.document} />
                  </p>
                )}
                {x.note && <p className="mt-1 text-xs">{x.note}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {lists.length > 0 && (
        <Section id="entities" title={t("entitiesTitle")}>
          {statusNote && <p className="mb-3 text-xs italic">{statusNote}</p>}
          <div className="space-y-4">
            {lists.map((l) => (
              <EntityList key={l.id} list={l} entities={entities.filter((e) => e.list === l.id)} />
            ))}
          </div>
        </Section>
      )}
      <PrintSources
        sources={[
          direction.source,
          ...indicators.flatMap((i) => i.observations.map((o) => o.source)),
          ...targets.map((x) => x.source),
          ...measures.flatMap((m) => m.sources),
        ]}
      />
    </div>
  );
}

export const directionPage = viewPage(
  DirectionView,
  ({ locale, code }: { locale: string; code: string }): { locale: Locale; code: DirectionCode } | null =>
    isLocale(locale) && isDirectionCode(code) ? { locale, code } : null,
);
