/** Rows of every table, built from the shared queries. Used by the table pages, the exports and the API. */
import type { Dataset } from "@/lib/data/types";
import { yearOf } from "@/lib/format/dates";
import { formatNumber, unitLabel } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import { getTargets } from "@/lib/queries/targets";
import { getIndicators, getSources, indicatorView, getMeasures } from "@/lib/queries/queries";
import { getEntities } from "@/lib/queries/entities";
import { pick } from "@/lib/format/localize";
import type { DirectionCode, Locale } from "@/lib/domain/codes";
import type { TableId, TableRow } from "./types";

function dirName(ds: Dataset, locale: Locale, code: DirectionCode): string {
  const d = ds.directions.find((x) => x.code === code);
  return d ? pick(d.name, locale) : code;
}

function uniq<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function orNull<T>(list: T[]): T[] | null {
  return list.length > 0 ? list : null;
}

export function indicatorRows(ds: Dataset, locale: Locale): TableRow[] {
  const t = translator(locale);
  return getIndicators(ds, locale).map((i) => {
    const latest = i.latest;
    const districts = uniq(
      i.observations.flatMap((o) => (o.district ? [o.district] : [])).map((d) => d.code),
    );
    const districtNames = uniq(i.observations.flatMap((o) => (o.district ? [o.district.name] : [])));
    const sectors = uniq(i.observations.flatMap((o) => (o.sector ? [o.sector.code] : [])));
    return {
      id: i.id,
      href: `/directions/${i.direction}#indicator-${i.id}`,
      sourceId: latest?.source.id ?? null,
      dims: {
        districts: orNull(districts),
        sectors: orNull(sectors),
        directions: [i.direction],
        status: null,
        years: uniq(i.observations.map((o) => yearOf(o.asOf))),
      },
      values: {
        label: i.label,
        direction: dirName(ds, locale, i.direction),
        value: latest?.value ?? null,
        qualifier: latest?.qualifier ?? null,
        unit: i.unit,
        as_of: latest?.asOf ?? null,
        change: i.change?.delta ?? null,
        change_pct:
          i.change?.pct !== undefined && i.change.pct !== null ? Math.round(i.change.pct * 10) / 10 : null,
        observations: i.observations.length,
        freshness: i.updateEveryMonths === null ? null : i.stale ? "stale" : "current",
        target_status: i.targets[0]?.progress.status ?? null,
        progress:
          i.targets[0]?.progress.progress != null
            ? Math.round(i.targets[0].progress.progress * 1000) / 10
            : null,
        districts: districtNames.join(", ") || null,
        confidence: latest?.confidence ?? null,
        source: latest ? latest.source.publisher : null,
        source_url: latest?.source.url ?? latest?.source.retrievedFrom ?? null,
        definition: i.definition,
        id: i.id,
      },
      display: {
        ...(latest ? { value: latest.display.text } : {}),
        ...(i.updateEveryMonths !== null
          ? { freshness: t(i.stale ? "progress.staleNote" : "progress.current") }
          : {}),
        ...(i.change ? { change: `${i.change.approximate ? "≈ " : ""}${i.change.deltaText}` } : {}),
        unit: i.unitLabel,
      },
    };
  });
}

export function targetRows(ds: Dataset, locale: Locale): TableRow[] {
  const t = translator(locale);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return getTargets(ds, locale).map((tg) => {
    const p = tg.progress;
    const pace = (n: number | null) =>
      n === null
        ? undefined
        : p.paceKind === "cagr"
          ? t("progress.perYear", { pct: formatNumber(n, locale, 1) })
          : `${formatNumber(n, locale, 0)}%`;
    return {
      id: tg.id,
      href: `/directions/${tg.direction}#target-${tg.id}`,
      sourceId: tg.sourceId,
      dims: {
        districts: null,
        sectors: null,
        directions: [tg.direction],
        status: null,
        years: tg.due ? [yearOf(tg.due)] : [],
      },
      values: {
        title: tg.label,
        indicator: tg.indicator.label,
        direction: dirName(ds, locale, tg.direction),
        baseline: p.baseline?.value ?? null,
        baseline_date: p.baseline?.asOf ?? null,
        latest: p.latest?.value ?? null,
        latest_date: p.latest?.asOf ?? null,
        target: tg.value,
        target_max: tg.valueMax,
        unit: tg.indicator.unit,
        due: tg.due,
        progress: p.progress === null ? null : Math.round(p.progress * 1000) / 10,
        pace_needed: round(p.paceNeeded),
        pace_achieved: round(p.paceAchieved),
        pace_kind: p.paceKind,
        target_status: p.status,
        reason: t(`progress.reason.${p.reason}`),
        confidence: tg.confidence,
        source: tg.sourcePublisher,
        source_url: tg.sourceUrl,
        id: tg.id,
      },
      display: {
        ...(tg.baselineText ? { baseline: tg.baselineText } : {}),
        ...(tg.latestText ? { latest: tg.latestText } : {}),
        target: tg.targetText,
        unit: unitLabel(tg.indicator.unit, locale),
        ...(pace(p.paceNeeded) ? { pace_needed: pace(p.paceNeeded) ?? "" } : {}),
        ...(pace(p.paceAchieved) ? { pace_achieved: pace(p.paceAchieved) ?? "" } : {}),
      },
    };
  });
}

export function observationRows(ds: Dataset, locale: Locale): TableRow[] {
  return ds.indicators.flatMap((ind) => {
    const view = indicatorView(ds, ind, locale);
    return view.observations.map((o) => ({
      id: o.id,
      href: `/directions/${ind.direction}#indicator-${ind.id}`,
      sourceId: o.source.id,
      dims: {
        districts: o.district ? [o.district.code] : null,
        sectors: o.sector ? [o.sector.code] : null,
        directions: [ind.direction],
        status: null,
        years: [yearOf(o.asOf)],
      },
      values: {
        indicator: view.label,
        value: o.value,
        qualifier: o.qualifier,
        denominator: o.denominator,
        unit: ind.unit,
        as_of: o.asOf,
        district: o.district?.name ?? null,
        sector: o.sector?.name ?? null,
        direction: dirName(ds, locale, ind.direction),
        confidence: o.confidence,
        source: o.source.publisher,
        source_url: o.source.url ?? o.source.retrievedFrom,
        note: o.note,
        id: o.id,
      },
      display: { value: o.display.text, unit: view.unitLabel },
    }));
  });
}

export function measureRows(ds: Dataset, locale: Locale): TableRow[] {
  const t = translator(locale);
  return getMeasures(ds, locale).map((m) => ({
    id: m.id,
    href: `/directions/${m.direction}#measure-${m.id}`,
    sourceId: m.sources[0]?.id ?? null,
    dims: {
      districts: orNull(m.districts.map((d) => d.code)),
      sectors: orNull(m.sectors.map((s) => s.code)),
      directions: [m.direction],
      status: m.status,
      years: [yearOf(m.date)],
    },
    values: {
      title: m.title,
      direction: dirName(ds, locale, m.direction),
      kind: t(`measures.kind.${m.kind}`),
      status: m.status,
      date: m.date,
      districts: m.districts.map((d) => d.name).join(", ") || null,
      sectors: m.sectors.map((s) => s.name).join(", ") || null,
      confidence: m.confidence,
      source: m.sources.map((s) => s.publisher).join("; "),
      source_url:
        m.sources.flatMap((s) => ((s.url ?? s.retrievedFrom) ? [s.url ?? s.retrievedFrom] : [])).join(" ") ||
        null,
      description: m.description,
      id: m.id,
    },
  }));
}

export function entityRows(ds: Dataset, locale: Locale): TableRow[] {
  return getEntities(ds, locale).map((e) => {
    const list = ds.index.entityList.get(e.list);
    return {
      id: e.id,
      href: list ? `/directions/${list.direction}#entities` : null,
      sourceId: e.source.id,
      dims: {
        districts: e.district ? [e.district.code] : null,
        sectors: e.sector ? [e.sector.code] : null,
        directions: list ? [list.direction] : [],
        status: null,
        years: e.approved ? [yearOf(e.approved)] : [],
      },
      values: {
        name: e.name,
        list: e.listName,
        domain: e.domain,
        sector: e.sector?.name ?? null,
        approved: e.approved,
        district: e.district?.name ?? null,
        confidence: e.confidence,
        source: e.source.publisher,
        source_url: e.source.url ?? e.source.retrievedFrom,
        note: e.note,
        id: e.id,
      },
    };
  });
}

export function sourceRows(ds: Dataset, locale: Locale): TableRow[] {
  const t = translator(locale);
  return getSources(ds, locale).map((s) => ({
    id: s.id,
    href: `/sources#source-${s.id}`,
    sourceId: s.id,
    dims: {
      districts: null,
      sectors: null,
      directions: s.supports.directions,
      status: null,
      years: [yearOf(s.date)],
    },
    values: {
      publisher: s.publisher,
      title: s.title,
      date: s.date,
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
  }));
}

export function tableRows(ds: Dataset, table: TableId, locale: Locale): TableRow[] {
  switch (table) {
    case "indicators":
      return indicatorRows(ds, locale);
    case "observations":
      return observationRows(ds, locale);
    case "measures":
      return measureRows(ds, locale);
    case "entities":
      return entityRows(ds, locale);
    case "sources":
      return sourceRows(ds, locale);
    case "targets":
      return targetRows(ds, locale);
  }
}
