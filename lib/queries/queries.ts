/**
 * The one set of queries over the dataset. Pages, the API and the CSV exports all call these, so a
 * figure is computed in one place. Everything returned is plain data in the reader's language.
 */
import type { Dataset } from "@/lib/data/types";
import { pick } from "@/lib/format/localize";
import type { DirectionCode, Locale } from "@/lib/domain/codes";
import type {
  DirectionRecord,
  IndicatorRecord,
  MeasureRecord,
  ObservationRecord,
  SourceRecord,
} from "@/lib/domain/schema";
import { compareDates, yearOf } from "@/lib/format/dates";
import { EMPTY_FILTER, fitDimension, matchesText, type Filter } from "@/lib/filter/filter";
import { formatDelta, formatFigure, unitLabel } from "@/lib/format/format";
import { getTargets, indicatorIsStale, rollUp, targetView } from "@/lib/queries/targets";
import type {
  ChangeView,
  DirectionSummary,
  IndicatorView,
  MeasureView,
  Named,
  ObservationView,
  SourceRef,
  SourceView,
} from "@/lib/queries/views";

export function sourceRef(ds: Dataset, id: string, locale: Locale): SourceRef {
  const s = ds.index.source.get(id);
  // buildDataset guarantees every reference resolves.
  if (!s) throw new Error(`unknown source ${id}`);
  return toSourceRef(s, locale);
}

function toSourceRef(s: SourceRecord, locale: Locale): SourceRef {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    label: pick(s.label, locale),
    url: s.url,
    retrievedFrom: s.retrievedFrom,
    date: s.date,
    confidence: s.confidence,
    kind: s.kind,
    language: s.language,
  };
}

export function district(ds: Dataset, code: string | null, locale: Locale): Named | null {
  if (code === null) return null;
  const d = ds.index.district.get(code);
  return d ? { code, name: pick(d.name, locale) } : null;
}

export function sector(ds: Dataset, code: string | null, locale: Locale): Named | null {
  if (code === null) return null;
  const s = ds.index.sector.get(code);
  return s ? { code, name: pick(s.name, locale) } : null;
}

function observationView(
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
    display: formatFigure(o, ind, locale),
  };
}

/** Change against the previous observation of the same series (same indicator, same district and sector). */
function changeBetween(
  prev: ObservationView,
  last: ObservationView,
  ind: IndicatorRecord,
  locale: Locale,
): ChangeView {
  const delta = last.value - prev.value;
  return {
    delta,
    deltaText: formatDelta(delta, ind, locale),
    pct: prev.value !== 0 && ind.kind !== "share" && ind.kind !== "rank" ? (delta / prev.value) * 100 : null,
    approximate: prev.qualifier !== "exact" || last.qualifier !== "exact",
    since: prev.asOf,
  };
}

function sameSlice(a: ObservationView, b: ObservationView): boolean {
  return a.district?.code === b.district?.code && a.sector?.code === b.sector?.code;
}

export function indicatorView(
  ds: Dataset,
  ind: IndicatorRecord,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): IndicatorView {
  const all = ds.index.observationsByIndicator.get(ind.id) ?? [];
  const districtFit = fitDimension(
    all.map((o) => o.district),
    filter.districts,
  );
  const sectorFit = fitDimension(
    all.map((o) => o.sector ?? ind.sector),
    filter.sectors,
  );
  const kept = all.filter(
    (o) =>
      (districtFit !== "match" ||
        filter.districts.length === 0 ||
        (o.district !== null && filter.districts.includes(o.district))) &&
      (sectorFit !== "match" ||
        filter.sectors.length === 0 ||
        filter.sectors.includes(o.sector ?? ind.sector ?? "")) &&
      (filter.years.length === 0 || filter.years.includes(yearOf(o.asOf))),
  );
  const observations = kept.map((o) => observationView(ds, o, ind, locale));
  const latest = observations.at(-1) ?? null;
  const previous = latest
    ? ([...observations].reverse().find((o) => o !== latest && sameSlice(o, latest)) ?? null)
    : null;
  const companionRecord = ind.companion ? ds.index.indicator.get(ind.companion) : undefined;
  const companionObs = companionRecord
    ? ds.index.observationsByIndicator.get(companionRecord.id)?.at(-1)
    : undefined;
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
    observations,
    latest,
    previous,
    change: latest && previous ? changeBetween(previous, latest, ind, locale) : null,
    companion: companionRecord
      ? {
          id: companionRecord.id,
          label: pick(companionRecord.label, locale),
          latest: companionObs ? observationView(ds, companionObs, companionRecord, locale) : null,
        }
      : null,
    hasDistrictBreakdown: all.some((o) => o.district !== null),
    hasSectorBreakdown: all.some((o) => (o.sector ?? ind.sector) !== null),
    fit: { district: districtFit, sector: sectorFit },
    stale: indicatorIsStale(ds, ind),
    targets: ds.targets.filter((t) => t.indicator === ind.id).flatMap((t) => targetView(ds, t, locale) ?? []),
  };
}

function indicatorPasses(view: IndicatorView, filter: Filter): boolean {
  if (filter.directions.length > 0 && !filter.directions.includes(view.direction)) return false;
  if (view.fit.district === "excluded" || view.fit.sector === "excluded") return false;
  if (filter.years.length > 0 && view.observations.length === 0) return false;
  return matchesText(filter.q, view.label, view.definition);
}

/** Indicators left by the filter, with their observations narrowed to it. */
export function getIndicators(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): IndicatorView[] {
  return ds.indicators
    .map((i) => indicatorView(ds, i, locale, filter))
    .filter((v) => indicatorPasses(v, filter));
}

/** The white paper's headline figures, in card order. Filtered-out cards are dropped; "none" fits stay, flagged. */
export function getHeadlineIndicators(
  ds: Dataset,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): IndicatorView[] {
  return ds.indicators
    .filter((i) => i.headline !== null)
    .sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0))
    .map((i) => indicatorView(ds, i, locale, { ...filter, directions: [], q: "" }))
    .filter((v) => indicatorPasses(v, { ...filter, directions: [], q: "" }));
}

export function getIndicator(ds: Dataset, id: string, locale: Locale): IndicatorView | null {
  const ind = ds.index.indicator.get(id);
  return ind ? indicatorView(ds, ind, locale) : null;
}

function measureView(ds: Dataset, m: MeasureRecord, locale: Locale, filter: Filter): MeasureView {
  return {
    id: m.id,
    direction: m.direction,
    kind: m.kind,
    status: m.status,
    title: pick(m.title, locale),
    description: pick(m.description, locale),
    date: m.date,
    districts: m.districts.map((d) => district(ds, d, locale)).filter((d): d is Named => d !== null),
    sectors: m.sectors.map((s) => sector(ds, s, locale)).filter((s): s is Named => s !== null),
    sources: m.sources.map((s) => sourceRef(ds, s, locale)),
    confidence: m.confidence,
    fit: {
      district: fitDimension(m.districts, filter.districts),
      sector: fitDimension(m.sectors, filter.sectors),
    },
  };
}

/** Measures and milestones left by the filter, newest first. */
export function getMeasures(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): MeasureView[] {
  return [...ds.measures]
    .sort((a, b) => compareDates(b.date, a.date))
    .map((m) => measureView(ds, m, locale, filter))
    .filter(
      (m) =>
        m.fit.district !== "excluded" &&
        m.fit.sector !== "excluded" &&
        (filter.directions.length === 0 || filter.directions.includes(m.direction)) &&
        (filter.statuses.length === 0 || filter.statuses.includes(m.status)) &&
        (filter.years.length === 0 || filter.years.includes(yearOf(m.date))) &&
        matchesText(filter.q, m.title, m.description),
    );
}

function directionSummary(
  ds: Dataset,
  d: DirectionRecord,
  locale: Locale,
  targets = getTargets(ds, locale),
): DirectionSummary {
  const listIds = new Set(ds.entityLists.filter((l) => l.direction === d.code).map((l) => l.id));
  return {
    code: d.code,
    order: d.order,
    name: pick(d.name, locale),
    goal: pick(d.goal, locale),
    summary: pick(d.summary, locale),
    indicatorCount: ds.indicators.filter((i) => i.direction === d.code).length,
    measureCount: ds.measures.filter((m) => m.direction === d.code).length,
    entityCount: ds.entities.filter((e) => listIds.has(e.list)).length,
    source: sourceRef(ds, d.source, locale),
    targets: rollUp(targets, d.code),
  };
}

export function getDirections(ds: Dataset, locale: Locale): DirectionSummary[] {
  const targets = getTargets(ds, locale);
  return ds.directions.map((d) => directionSummary(ds, d, locale, targets));
}

export function getDirection(ds: Dataset, code: string, locale: Locale): DirectionSummary | null {
  const d = ds.directions.find((x) => x.code === code);
  return d ? directionSummary(ds, d, locale) : null;
}

/** Every source with what it supports. */
export function getSources(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): SourceView[] {
  return [...ds.sources]
    .sort((a, b) => compareDates(b.date, a.date))
    .map((s) => {
      const obs = ds.observations.filter((o) => o.source === s.id);
      const indicatorIds = [...new Set(obs.map((o) => o.indicator))];
      const indicators = indicatorIds.flatMap((id) => {
        const ind = ds.index.indicator.get(id);
        return ind
          ? [
              {
                id,
                label: pick(ind.label, locale),
                direction: ind.direction,
                count: obs.filter((o) => o.indicator === id).length,
              },
            ]
          : [];
      });
      const measures = ds.measures
        .filter((m) => m.sources.includes(s.id))
        .map((m) => ({ id: m.id, title: pick(m.title, locale), direction: m.direction }));
      const directions = new Set<DirectionCode>([
        ...indicators.map((i) => i.direction),
        ...measures.map((m) => m.direction),
      ]);
      ds.directions.filter((d) => d.source === s.id).forEach((d) => directions.add(d.code));
      return {
        ...toSourceRef(s, locale),
        supports: {
          indicators,
          measures,
          entities:
            ds.entities.filter((e) => e.source === s.id).length +
            ds.entityLists.filter((l) => l.source === s.id).length,
          targets: ds.targets
            .filter((t) => t.source === s.id)
            .map((t) => ({ id: t.id, label: pick(t.label, locale) })),
          directions: [...directions],
        },
      };
    })
    .filter(
      (s) =>
        (filter.directions.length === 0 ||
          s.supports.directions.some((d) => filter.directions.includes(d))) &&
        matchesText(filter.q, s.publisher, s.title, s.label),
    );
}
