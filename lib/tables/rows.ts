/**
 * Rows of every table, built from one filtered selection. The table pages, their exports, the API (JSON
 * and CSV) and the data package all serialise these rows, so each shows the same figures for a filter.
 */
import { recordPage } from "@/lib/queries/pages";
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Facets, type Filter } from "@/lib/filter/filter";
import { yearOf } from "@/lib/format/dates";
import { formatNumber, formatReportedGrowth, valueUnitLabel } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import {
  cityFigureFacets,
  documentFacets,
  entityFacets,
  measureFacets,
  observationFacets,
  select,
  type Selection,
} from "@/lib/queries/select";
import { compareGroups } from "@/lib/queries/compare";
import { documentViews } from "@/lib/queries/documents";
import { entityViews } from "@/lib/queries/entities";
import { indicatorViews } from "@/lib/queries/indicators";
import { measureViews } from "@/lib/queries/measures";
import { directionName, perLocale } from "@/lib/queries/refs";
import { sourceViews } from "@/lib/queries/sources";
import { targetViews } from "@/lib/queries/targets";
import type { SourceRef } from "@/lib/queries/views";
import type { TableId } from "./columns";
import type { Breakdown, TableRow } from "./row";

const round1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);
const linkOf = (s: Pick<SourceRef, "url" | "retrievedFrom">) => s.url ?? s.retrievedFrom;
const breakdownOf = (facets: Facets): Breakdown => (facets.districts === null ? "city-wide" : "district");

function indicatorRows(sel: Selection, locale: Locale): TableRow<"indicators">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  const scopes = new Map(sel.indicators.map((s) => [s.record.id, s]));
  return indicatorViews(sel, locale).listed.map((i) => {
    const latest = i.latest;
    const target = i.targets[0];
    const facets = scopes.get(i.id)?.facets ?? {
      districts: null,
      sectors: null,
      directions: [i.direction],
      status: null,
      years: [],
    };
    const breakdown = breakdownOf(facets);
    return {
      id: i.id,
      links: { page: recordPage.indicator(i.direction, i.id), source: latest?.source.id ?? null },
      facets,
      values: {
        label: i.label,
        direction: directionName(ds, i.direction, locale),
        value: latest?.value ?? null,
        qualifier: latest?.qualifier ?? null,
        unit: i.unit,
        as_of: latest?.asOf ?? null,
        change: i.change?.delta ?? null,
        change_pct: round1(i.change?.pct),
        reported_growth_pct: latest?.reportedGrowthPct ?? null,
        observations: i.observations.length,
        freshness: i.freshness,
        target_status: target?.progress.status ?? null,
        progress: target?.progress.progress != null ? round1(target.progress.progress * 100) : null,
        districts: i.district?.name ?? null,
        breakdown,
        confidence: latest?.confidence ?? null,
        source: latest ? latest.source.publisher : null,
        source_url: latest ? linkOf(latest.source) : null,
        source_id: latest?.source.id ?? null,
        definition: i.definition,
        id: i.id,
      },
      display: {
        ...(latest ? { value: latest.display.text } : {}),
        ...(i.freshness !== null ? { freshness: t(`progress.freshness.${i.freshness}`) } : {}),
        ...(i.change ? { change: `${i.change.approximate ? "≈ " : ""}${i.change.deltaText}` } : {}),
        ...(latest?.reportedGrowthPct != null
          ? { reported_growth_pct: formatReportedGrowth(latest.reportedGrowthPct, locale) }
          : {}),
        breakdown: t(`breakdown.${breakdown}`),
        unit: valueUnitLabel(i.unit, locale),
        ...(latest ? { qualifier: t(`charts.qualifier.${latest.qualifier}`) } : {}),
        ...(latest ? { confidence: t(`confidence.${latest.confidence}`) } : {}),
        ...(target ? { target_status: t(`progress.status.${target.progress.status}`) } : {}),
      },
    };
  });
}

function observationRows(sel: Selection, locale: Locale): TableRow<"observations">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  return indicatorViews(sel, locale).listed.flatMap((view) => {
    const scope = sel.indicators.find((s) => s.record.id === view.id);
    if (!scope) return [];
    const breakdown = breakdownOf(scope.facets);
    return view.observations
      .flatMap((o, i) => {
        const record = scope.observations[i];
        return record ? [{ o, record }] : [];
      })
      .map(({ o, record }) => ({
        id: o.id,
        links: { page: recordPage.figure(o.id), source: o.source.id },
        facets: observationFacets(record, scope.facets),
        values: {
          indicator: view.label,
          value: o.value,
          qualifier: o.qualifier,
          denominator: o.denominator,
          unit: view.unit,
          as_of: o.asOf,
          reported_growth_pct: o.reportedGrowthPct,
          district: o.district?.name ?? null,
          sector: o.sector?.name ?? null,
          breakdown,
          direction: directionName(ds, view.direction, locale),
          confidence: o.confidence,
          source: o.source.publisher,
          source_url: linkOf(o.source),
          source_id: o.source.id,
          note: o.note,
          indicator_id: view.id,
          id: o.id,
        },
        display: {
          value: o.display.text,
          unit: valueUnitLabel(view.unit, locale),
          breakdown: t(`breakdown.${breakdown}`),
          qualifier: t(`charts.qualifier.${o.qualifier}`),
          confidence: t(`confidence.${o.confidence}`),
          ...(o.reportedGrowthPct !== null
            ? { reported_growth_pct: formatReportedGrowth(o.reportedGrowthPct, locale) }
            : {}),
        },
      }));
  });
}

function targetRows(sel: Selection, locale: Locale): TableRow<"targets">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  const scoped = new Map(sel.targets.map((s) => [s.record.id, s.record]));
  return targetViews(sel, locale).map((tg) => {
    const p = tg.progress;
    const pace = (n: number | null) =>
      n === null
        ? undefined
        : p.paceKind === "cagr"
          ? t("progress.perYear", { pct: formatNumber(n, locale, 1) })
          : `${formatNumber(n, locale, 0)}%`;
    const indicatorScope = sel.indicators
      .concat(sel.withoutFigures)
      .find((s) => s.record.id === tg.indicator.id);
    const record = scoped.get(tg.id);
    const facets: Facets = {
      ...(indicatorScope?.facets ?? {
        districts: null,
        sectors: null,
        directions: [tg.direction],
        status: null,
      }),
      years: record?.due ? [yearOf(record.due)] : [],
    };
    const needed = pace(p.paceNeeded);
    const achieved = pace(p.paceAchieved);
    return {
      id: tg.id,
      links: { page: recordPage.target(tg.direction, tg.id), source: tg.source.id },
      facets,
      values: {
        title: tg.label,
        indicator: tg.indicator.label,
        direction: directionName(ds, tg.direction, locale),
        baseline: p.baseline?.value ?? null,
        baseline_date: p.baseline?.asOf ?? null,
        latest: p.latest?.value ?? null,
        latest_date: p.latest?.asOf ?? null,
        target: tg.value,
        target_max: tg.valueMax,
        unit: tg.indicator.unit,
        due: tg.due,
        progress: p.progress === null ? null : round1(p.progress * 100),
        pace_needed: round1(p.paceNeeded),
        pace_achieved: round1(p.paceAchieved),
        pace_kind: p.paceKind,
        target_status: p.status,
        reason: t(`progress.reason.${p.reason}`),
        kind: tg.kind,
        document: tg.document ? (tg.document.number ?? tg.document.name) : null,
        confidence: tg.confidence,
        source: tg.source.publisher,
        source_url: linkOf(tg.source),
        source_id: tg.source.id,
        indicator_id: tg.indicator.id,
        id: tg.id,
      },
      display: {
        ...(tg.baselineText ? { baseline: tg.baselineText } : {}),
        ...(tg.latestText ? { latest: tg.latestText } : {}),
        target: tg.targetText,
        unit: valueUnitLabel(tg.indicator.unit, locale),
        target_status: t(`progress.status.${p.status}`),
        kind: t(`codes.targetKind.${tg.kind}`),
        confidence: t(`confidence.${tg.confidence}`),
        ...(p.paceKind ? { pace_kind: t(`codes.paceKind.${p.paceKind}`) } : {}),
        ...(needed ? { pace_needed: needed } : {}),
        ...(achieved ? { pace_achieved: achieved } : {}),
      },
    };
  });
}

function measureRows(sel: Selection, locale: Locale): TableRow<"measures">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  const records = new Map(sel.measures.map((m) => [m.record.id, m.record]));
  return measureViews(sel, locale).flatMap((m) => {
    const record = records.get(m.id);
    if (!record) return [];
    const facets = measureFacets(record);
    const breakdown = breakdownOf(facets);
    return [
      {
        id: m.id,
        links: { page: recordPage.measure(m.direction, m.id), source: m.sources[0]?.id ?? null },
        facets,
        values: {
          title: m.title,
          direction: directionName(ds, m.direction, locale),
          kind: t(`measures.kind.${m.kind}`),
          status: m.status,
          date: m.date,
          districts: m.districts.map((d) => d.name),
          sectors: m.sectors.map((s) => s.name),
          breakdown,
          confidence: m.confidence,
          source: m.sources.map((s) => s.publisher ?? t("source.publisherNotRecorded")),
          source_url: m.sources.flatMap((s) => linkOf(s) ?? []),
          source_ids: m.sources.map((s) => s.id),
          description: m.description,
          id: m.id,
        },
        display: {
          breakdown: t(`breakdown.${breakdown}`),
          status: t(`status.${m.status}`),
          confidence: t(`confidence.${m.confidence}`),
        },
      },
    ];
  });
}

function entityRows(sel: Selection, locale: Locale): TableRow<"entities">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  const records = new Map(sel.entities.map((e) => [e.record.id, e.record]));
  return entityViews(sel, locale).flatMap((e) => {
    const record = records.get(e.id);
    if (!record) return [];
    const breakdown: Breakdown = e.district ? "district" : "not-recorded";
    return [
      {
        id: e.id,
        links: { page: e.direction ? recordPage.entities(e.direction) : null, source: e.source.id },
        facets: entityFacets(ds, record),
        values: {
          name: e.name,
          list: e.listName,
          domain: e.domain,
          sector: e.sector?.name ?? null,
          approved: e.date,
          district: e.district?.name ?? null,
          breakdown,
          confidence: e.confidence,
          source: e.source.publisher,
          source_url: linkOf(e.source),
          source_id: e.source.id,
          note: e.note,
          id: e.id,
        },
        display: { breakdown: t(`breakdown.${breakdown}`), confidence: t(`confidence.${e.confidence}`) },
      },
    ];
  });
}

function documentRows(sel: Selection, locale: Locale): TableRow<"documents">[] {
  const ds = sel.dataset;
  const t = translator(locale);
  const records = new Map(sel.documents.map((d) => [d.record.id, d.record]));
  return documentViews(sel, locale).flatMap((d) => {
    const record = records.get(d.id);
    if (!record) return [];
    return [
      {
        id: d.id,
        links: { page: recordPage.document(d.id), source: d.sources[0]?.id ?? null },
        facets: documentFacets(record),
        values: {
          name: d.name,
          number: d.number,
          title: d.title,
          instrument: t(`instrument.${d.instrument}`),
          issuers: [...d.issuers],
          published: d.published,
          directions: d.directions.map((code) => directionName(ds, code, locale)),
          targets: d.targets.length,
          indicators: d.indicators.map((i) => i.label),
          measures: d.measures.length,
          confidence: d.confidence,
          source: d.sources.map((s) => s.publisher ?? t("source.publisherNotRecorded")),
          url: d.url,
          source_ids: d.sources.map((s) => s.id),
          id: d.id,
        },
        display: {
          confidence: t(`confidence.${d.confidence}`),
          ...(d.title === null ? { title: t("source.titleNotRecorded") } : {}),
          ...(d.published === null ? { published: t("source.dateNotRecorded") } : {}),
          ...(d.issuers.length === 0 ? { issuers: t("documents.issuersNotRecorded") } : {}),
        },
      },
    ];
  });
}

function cityRows(sel: Selection, locale: Locale): TableRow<"cities">[] {
  const t = translator(locale);
  const groups = compareGroups(sel, locale);
  const figures = new Map(groups.flatMap((g) => g.figures).map((f) => [f.id, f]));
  const ranked = new Set(groups.flatMap((g) => g.ranked.flatMap((r) => r.figures.map((f) => f.id))));
  return sel.cityFigures.flatMap(({ record: c }) => {
    const f = figures.get(c.id);
    if (!f) return [];
    return [
      {
        id: c.id,
        links: { page: recordPage.compare(), source: c.source },
        facets: cityFigureFacets(c),
        values: {
          city: f.placeName,
          figure: f.definition,
          value: c.value,
          qualifier: c.qualifier,
          unit: c.unit,
          as_of: c.asOf,
          kind: c.kind,
          reported_growth_pct: c.reportedGrowthPct,
          comparable: ranked.has(c.id) ? "same-definition" : "not-comparable",
          confidence: c.confidence,
          source: f.source.publisher,
          source_url: linkOf(f.source),
          source_id: f.source.id,
          note: f.note,
          id: c.id,
        },
        display: {
          value: f.display,
          unit: valueUnitLabel(c.unit, locale),
          qualifier: t(`charts.qualifier.${c.qualifier}`),
          kind: t(`codes.cityKind.${c.kind}`),
          confidence: t(`confidence.${c.confidence}`),
          comparable: ranked.has(c.id) ? t("compare.ranked") : t("compare.noneRanked"),
          ...(f.reportedGrowth ? { reported_growth_pct: f.reportedGrowth } : {}),
        },
      },
    ];
  });
}

function sourceRows(sel: Selection, locale: Locale): TableRow<"sources">[] {
  const t = translator(locale);
  return sourceViews(sel, locale).map((s) => ({
    id: s.id,
    links: { page: recordPage.source(s.id), source: s.id },
    facets: { districts: null, sectors: null, directions: s.supports.directions, status: null, years: [] },
    values: {
      publisher: s.publisher,
      title: s.title,
      description: s.description,
      date: s.published,
      kind: t(`sources.kind.${s.kind}`),
      language: s.language,
      confidence: s.confidence,
      supports:
        s.supports.indicators.reduce((n, i) => n + i.count, 0) +
        s.supports.measures.length +
        s.supports.entities +
        s.supports.targets.length,
      url: s.url,
      retrieved_from: s.retrievedFrom,
      id: s.id,
    },
    display: {
      language: t(`sources.language.${s.language}`),
      confidence: t(`confidence.${s.confidence}`),
      ...(s.publisher === null ? { publisher: t("source.publisherNotRecorded") } : {}),
      ...(s.title === null ? { title: t("source.titleNotRecorded") } : {}),
      ...(s.published === null ? { date: t("source.dateNotRecorded") } : {}),
    },
  }));
}

const BUILDERS: { [T in TableId]: (sel: Selection, locale: Locale) => TableRow<T>[] } = {
  indicators: indicatorRows,
  observations: observationRows,
  targets: targetRows,
  measures: measureRows,
  entities: entityRows,
  documents: documentRows,
  cities: cityRows,
  sources: sourceRows,
};

const cached: { [T in TableId]: (sel: Selection, locale: Locale) => TableRow<T>[] } = {
  indicators: perLocale(BUILDERS.indicators),
  observations: perLocale(BUILDERS.observations),
  targets: perLocale(BUILDERS.targets),
  measures: perLocale(BUILDERS.measures),
  entities: perLocale(BUILDERS.entities),
  documents: perLocale(BUILDERS.documents),
  cities: perLocale(BUILDERS.cities),
  sources: perLocale(BUILDERS.sources),
};

/** The rows of one table for a selection, built once per selection and language. */
export function rowsOf<T extends TableId>(sel: Selection, table: T, locale: Locale): TableRow<T>[] {
  const build: (sel: Selection, locale: Locale) => TableRow<T>[] = cached[table];
  return build(sel, locale);
}

/** The rows of one table under a filter (its text search is applied by narrowRows, not here). */
export function tableRows<T extends TableId>(
  ds: Dataset,
  table: T,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): TableRow<T>[] {
  return rowsOf(select(ds, filter), table, locale);
}

/** Entity rows for a whole dataset, with no filter. */
export function entityRowsOf(ds: Dataset, locale: Locale): TableRow<"entities">[] {
  return entityRows(select(ds), locale);
}
