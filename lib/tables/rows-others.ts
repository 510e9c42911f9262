/** Rows of the tables beside Beijing's own records: other cities' figures, and the sources. */
import type { Locale } from "@/lib/domain/codes";
import { valueUnitLabel } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import { cityFigureViews } from "@/lib/queries/compare";
import { recordPage } from "@/lib/queries/pages";
import type { Selection } from "@/lib/queries/select";
import { sourceViews } from "@/lib/queries/sources";
import type { TableRow } from "./row";
import { linkOf } from "./rows-common";

/** Another city's figure is not about a Beijing district or sector: no "not broken down" note. */
export function cityRows(sel: Selection, locale: Locale): TableRow<"cities">[] {
  const t = translator(locale);
  return cityFigureViews(sel, locale).map((f) => ({
    id: f.id,
    links: { page: recordPage.compare(), source: f.source.id },
    facets: f.facets,
    notes: [],
    values: {
      city: f.placeName,
      figure: f.definition,
      value: f.value,
      qualifier: f.qualifier,
      unit: f.unit,
      as_of: f.asOf,
      kind: f.kind,
      reported_growth_pct: f.reportedGrowthPct,
      comparable: f.comparable ? "same-definition" : "not-comparable",
      confidence: f.confidence,
      source: f.source.publisher,
      source_url: linkOf(f.source),
      source_id: f.source.id,
      note: f.note,
      id: f.id,
    },
    display: {
      value: f.display,
      unit: valueUnitLabel(f.unit, locale),
      qualifier: t(`charts.qualifier.${f.qualifier}`),
      kind: t(`codes.cityKind.${f.kind}`),
      confidence: t(`confidence.${f.confidence}`),
      comparable: f.comparable ? t("compare.ranked") : t("compare.noneRanked"),
      ...(f.reportedGrowth ? { reported_growth_pct: f.reportedGrowth } : {}),
    },
  }));
}

/** A source follows the records it supports; it is not about a district itself: no note. */
export function sourceRows(sel: Selection, locale: Locale): TableRow<"sources">[] {
  const t = translator(locale);
  return sourceViews(sel, locale).map((s) => ({
    id: s.id,
    links: { page: recordPage.source(s.id), source: s.id },
    facets: { districts: null, sectors: null, directions: s.supports.directions, status: null, years: [] },
    notes: [],
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
