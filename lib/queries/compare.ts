/**
 * Beijing beside Shanghai, Shenzhen and Hangzhou, done honestly: figures are grouped by what they measure
 * (their unit) and each keeps its own definition. Two figures are ranked against each other only when
 * they share a definition; otherwise they stand side by side, unranked. No other city's figure ever joins
 * a Beijing series.
 */
import { recordPage } from "./pages";
import type { City, Confidence, Locale, Qualifier, Unit } from "@/lib/domain/codes";
import type { Facets } from "@/lib/filter/filter";
import { formatFigure, formatReportedGrowth, unitLabel } from "@/lib/format/format";
import { pick } from "@/lib/format/localize";
import { translator } from "@/lib/i18n/translator";
import { indicatorViews } from "./indicators";
import { perLocale, sourceRef } from "./refs";
import type { Selection } from "./select";
import type { SourceRef } from "./views";

export interface ComparedFigure {
  id: string;
  /** "beijing" for a Beijing indicator's latest figure. */
  place: City | "beijing";
  placeName: string;
  label: string;
  definition: string;
  definitionId: string;
  /** actual: an outcome; target: a goal the city set (never ranked against outcomes). */
  kind: "actual" | "target";
  value: number;
  qualifier: Qualifier;
  unit: Unit;
  display: string;
  asOf: string;
  reportedGrowthPct: number | null;
  reportedGrowth: string | null;
  confidence: Confidence;
  source: SourceRef;
  note: string | null;
  /** Page of the figure: the indicator's card for Beijing, the comparison table for other cities. */
  href: string | null;
}

export interface CompareGroup {
  unit: Unit;
  unitLabel: string;
  figures: ComparedFigure[];
  /** Definitions held by Beijing and another city alike: only these figures are ranked, largest first. */
  ranked: { definitionId: string; label: string; figures: ComparedFigure[] }[];
}

/** Another city's figure left by the filter, as the cities table lists it. */
export interface CityFigureView extends ComparedFigure {
  /** Ranked against a Beijing figure of the same definition. */
  comparable: boolean;
  facets: Facets;
}

const viewsOf = perLocale((sel: Selection, locale: Locale) => {
  const ds = sel.dataset;
  const t = translator(locale);
  const cityUnits = new Set(sel.cityFigures.map((c) => c.record.unit));
  const beijing: ComparedFigure[] = indicatorViews(sel, locale)
    .listed.filter(
      (i) =>
        cityUnits.has(i.unit) &&
        i.district === null &&
        i.latest !== null &&
        ds.index.indicator.get(i.id)?.area !== "china",
    )
    .flatMap((i) => {
      const latest = i.latest;
      const record = ds.index.indicator.get(i.id);
      if (!latest || !record) return [];
      return [
        {
          id: latest.id,
          place: "beijing" as const,
          placeName: t("cities.beijing"),
          label: i.label,
          definition: i.definition,
          definitionId: record.definitionId,
          kind: "actual" as const,
          value: latest.value,
          qualifier: latest.qualifier,
          unit: i.unit,
          display: latest.display.text,
          asOf: latest.asOf,
          reportedGrowthPct: latest.reportedGrowthPct,
          reportedGrowth:
            latest.reportedGrowthPct === null ? null : formatReportedGrowth(latest.reportedGrowthPct, locale),
          confidence: latest.confidence,
          source: latest.source,
          note: latest.note,
          href: recordPage.indicator(i.direction, i.id),
        },
      ];
    });
  const others: (ComparedFigure & { facets: Facets })[] = sel.cityFigures.map(({ record: c, facets }) => ({
    id: c.id,
    place: c.city,
    placeName: t(`cities.${c.city}`),
    label: pick(c.definition, locale),
    definition: pick(c.definition, locale),
    definitionId: c.definitionId,
    kind: c.kind,
    value: c.value,
    qualifier: c.qualifier,
    unit: c.unit,
    display: formatFigure({ ...c, denominator: null }, { kind: "count", unit: c.unit }, locale).text,
    asOf: c.asOf,
    reportedGrowthPct: c.reportedGrowthPct,
    reportedGrowth: c.reportedGrowthPct === null ? null : formatReportedGrowth(c.reportedGrowthPct, locale),
    confidence: c.confidence,
    source: sourceRef(ds, c.source, locale),
    note: c.note ? pick(c.note, locale) : null,
    href: null,
    facets,
  }));
  const groups: CompareGroup[] = [...cityUnits].map((unit) => {
    const figures = [...beijing, ...others].filter((f) => f.unit === unit);
    const shared = new Set(
      others
        .filter((o) => o.kind === "actual" && beijing.some((b) => b.definitionId === o.definitionId))
        .map((o) => o.definitionId),
    );
    return {
      unit,
      unitLabel: unitLabel(unit, locale),
      figures,
      ranked: [...shared].map((definitionId) => {
        const members = figures
          .filter((f) => f.definitionId === definitionId && f.kind === "actual")
          .sort((a, b) => b.value - a.value);
        return {
          definitionId,
          label: members.find((m) => m.place === "beijing")?.label ?? definitionId,
          figures: members,
        };
      }),
    };
  });
  const ranked = new Set(groups.flatMap((g) => g.ranked.flatMap((r) => r.figures.map((f) => f.id))));
  const cities: CityFigureView[] = others.map((f) => ({ ...f, comparable: ranked.has(f.id) }));
  return { groups, cities };
});

/** Beijing's latest city-wide figures beside other cities' figures of the same unit, for the filter. */
export function compareGroups(sel: Selection, locale: Locale): CompareGroup[] {
  return viewsOf(sel, locale).groups;
}

/** Other cities' figures left by the filter, in the data's order, each saying whether it is ranked. */
export function cityFigureViews(sel: Selection, locale: Locale): CityFigureView[] {
  return viewsOf(sel, locale).cities;
}
