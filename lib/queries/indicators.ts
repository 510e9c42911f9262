/** Indicator views: each series' figures within the filter, its latest figure and its change. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { IndicatorRecord, ObservationRecord } from "@/lib/domain/schema";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { formatDelta, formatFigure, unitLabel } from "@/lib/format/format";
import { pick } from "@/lib/format/localize";
import { compareDates, formatPartialDate, yearOf } from "@/lib/format/dates";
import { district, perLocale, sector, sourceRef } from "./refs";
import { select, type IndicatorScope, type Selection } from "./select";
import { freshnessOf, targetView } from "./targets";
import type { ChangeView, IndicatorView, NoChangeReason, ObservationView } from "./views";

export function observationView(
  ds: Dataset,
  o: ObservationRecord,
  ind: IndicatorRecord,
  locale: Locale,
): ObservationView {
  return {
    id: o.id,
    indicator: o.indicator,
    value: o.value,
    qualifier: o.qualifier,
    denominator: o.denominator,
    asOf: o.asOf,
    confidence: o.confidence,
    district: district(ds, o.district, locale),
    sector: sector(ds, o.sector ?? ind.sector, locale),
    reportedGrowthPct: o.reportedGrowthPct,
    note: o.note ? pick(o.note, locale) : null,
    source: sourceRef(ds, o.source, locale),
    original: o.original ? sourceRef(ds, o.original, locale) : null,
    reportedBy: [o.source, ...o.alsoReportedBy].map((id) => sourceRef(ds, id, locale)),
    display: formatFigure(o, ind, locale),
  };
}

/**
 * The change from the previous figure of the same series, or why there is none: a change is computed
 * only between two figures of one definition (no series break between them) that the data does not mark
 * as possibly counted differently (another outlet, other wording), where neither is a bound ("over 250"
 * may be any amount above 250).
 */
export function changeOf(
  previous: Pick<ObservationView, "value" | "qualifier" | "asOf"> | undefined,
  latest: Pick<ObservationView, "value" | "qualifier" | "asOf">,
  latestRecord: Pick<ObservationRecord, "seriesBreak" | "noChange">,
  ind: IndicatorRecord,
  locale: Locale,
): { change: ChangeView | null; noChange: NoChangeReason | null } {
  if (!previous) return { change: null, noChange: "first-figure" };
  if (latestRecord.seriesBreak) return { change: null, noChange: "series-break" };
  if (latestRecord.noChange) return { change: null, noChange: latestRecord.noChange };
  const bound = (q: ObservationView["qualifier"]) => q === "over" || q === "under";
  if (bound(previous.qualifier) || bound(latest.qualifier)) return { change: null, noChange: "bound" };
  const delta = latest.value - previous.value;
  return {
    change: {
      delta,
      deltaText: formatDelta(delta, ind, locale),
      pct:
        previous.value !== 0 && ind.kind !== "share" && ind.kind !== "rank"
          ? (delta / previous.value) * 100
          : null,
      approximate: previous.qualifier !== "exact" || latest.qualifier !== "exact",
      since: previous.asOf,
    },
    noChange: null,
  };
}

function indicatorView(sel: Selection, scope: IndicatorScope, locale: Locale): IndicatorView {
  const ds = sel.dataset;
  const ind = scope.record;
  const observations = scope.observations.map((o) => observationView(ds, o, ind, locale));
  const latest = observations.at(-1) ?? null;
  const latestRecord = scope.observations.at(-1);
  const previous = observations.at(-2);
  const { change, noChange } =
    latest && latestRecord
      ? changeOf(previous, latest, latestRecord, ind, locale)
      : { change: null, noChange: null };
  const years = sel.filter.years;
  // The newest figure of another series within the filter's years.
  const newestOf = (id: string | null) => {
    const record = id ? ds.index.indicator.get(id) : undefined;
    const obs = record
      ? (ds.index.observationsByIndicator.get(record.id) ?? [])
          .filter((o) => years.length === 0 || years.includes(yearOf(o.asOf)))
          .at(-1)
      : undefined;
    return { record, view: record && obs ? observationView(ds, obs, record, locale) : null };
  };
  const companion = newestOf(ind.companion);
  const later = newestOf(ind.laterCount);
  const seriesDistrict = scope.facets.districts?.length === 1 ? (scope.facets.districts[0] ?? null) : null;
  return {
    id: ind.id,
    direction: ind.direction,
    kind: ind.kind,
    unit: ind.unit,
    unitLabel: unitLabel(ind.unit, locale),
    label: pick(ind.label, locale),
    definition: pick(ind.definition, locale),
    headline: ind.headline,
    updateEveryMonths: ind.updateEveryMonths,
    sector: sector(ds, ind.sector, locale),
    district: district(ds, seriesDistrict, locale),
    observations,
    latest,
    previous: previous ?? null,
    change,
    noChange,
    companion: companion.record
      ? { id: companion.record.id, label: pick(companion.record.label, locale), latest: companion.view }
      : null,
    laterCount:
      later.record && later.view && (!latest || compareDates(later.view.asOf, latest.asOf) > 0)
        ? { id: later.record.id, label: pick(later.record.label, locale), latest: later.view }
        : null,
    facets: scope.facets,
    unbroken: scope.unbroken,
    ...freshnessOf(ds, ind),
    targets: ds.targets.filter((t) => t.indicator === ind.id).flatMap((t) => targetView(ds, t, locale) ?? []),
  };
}

export interface IndicatorViews {
  /** Indicators left by the filter with a figure in its years (all of them without a year filter). */
  listed: IndicatorView[];
  /** Indicators left by the filter with no figure in its years. */
  withoutFigures: IndicatorView[];
}

const viewsOf = perLocale((sel: Selection, locale: Locale): IndicatorViews => ({
  listed: sel.indicators.map((s) => indicatorView(sel, s, locale)),
  withoutFigures: sel.withoutFigures.map((s) => indicatorView(sel, s, locale)),
}));

/** Indicator views of a selection, built once per selection and language. */
export function indicatorViews(sel: Selection, locale: Locale): IndicatorViews {
  return viewsOf(sel, locale);
}

/** The white paper's headline figures, in card order, for the filter (its direction is not applied). */
export function getHeadlineIndicators(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER) {
  const sel = select(ds, { ...filter, directions: [] });
  const views = indicatorViews(sel, locale);
  const byOrder = (list: IndicatorView[]) =>
    list.filter((i) => i.headline !== null).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  const shown = new Set([...sel.indicators, ...sel.withoutFigures].map((s) => s.record.id));
  return {
    listed: byOrder(views.listed),
    withoutFigures: byOrder(views.withoutFigures),
    /** Headline series the district or sector filter leaves out (about another district or sector). */
    hidden: ds.indicators
      .filter((i) => i.headline !== null && !shown.has(i.id))
      .sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0))
      .map((i) => pick(i.label, locale)),
  };
}

/**
 * "These date from Oct 2022 to Dec 2024; 7 of 9 have had no newer figure": one summary for a set of cards,
 * not a warning on each. `year` is set when every figure falls in one year ("these all date from 2022").
 */
export function asOfSummary(
  views: readonly IndicatorView[],
  locale: Locale,
): { year: string | null; from: string; to: string; stale: number; total: number } | null {
  const dates = views.flatMap((v) => (v.latest ? [v.latest.asOf] : [])).sort(compareDates);
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return null;
  return {
    year: yearOf(first) === yearOf(last) ? formatPartialDate(String(yearOf(first)), locale) : null,
    from: formatPartialDate(first, locale),
    to: formatPartialDate(last, locale),
    stale: views.filter((v) => v.freshness === "stale").length,
    total: views.length,
  };
}
