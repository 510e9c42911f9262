/** Rows of the record tables: measures, named entities and policy documents left by the filter. */
import type { Locale } from "@/lib/domain/codes";
import { translator } from "@/lib/i18n/translator";
import { documentViews } from "@/lib/queries/documents";
import { entityViews } from "@/lib/queries/entities";
import { measureViews } from "@/lib/queries/measures";
import { recordPage } from "@/lib/queries/pages";
import type { Selection } from "@/lib/queries/select";
import type { Breakdown, TableRow } from "./row";
import { breakdownOf, directionNamer, linkOf } from "./rows-common";

export function measureRows(sel: Selection, locale: Locale): TableRow<"measures">[] {
  const t = translator(locale);
  const directionName = directionNamer(sel.dataset, locale);
  return measureViews(sel, locale).map((m) => {
    const breakdown = breakdownOf(m.facets);
    return {
      id: m.id,
      links: { page: recordPage.measure(m.direction, m.id), source: m.sources[0]?.id ?? null },
      facets: m.facets,
      notes: m.unbroken,
      values: {
        title: m.title,
        direction: directionName(m.direction),
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
    };
  });
}

export function entityRows(sel: Selection, locale: Locale): TableRow<"entities">[] {
  const t = translator(locale);
  return entityViews(sel, locale).map((e) => {
    const breakdown: Breakdown = e.district ? "district" : "not-recorded";
    return {
      id: e.id,
      links: { page: e.direction ? recordPage.entities(e.direction) : null, source: e.source.id },
      facets: e.facets,
      notes: e.unbroken,
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
    };
  });
}

/** A document is not about a district or sector: its rows carry no "not broken down" note. */
export function documentRows(sel: Selection, locale: Locale): TableRow<"documents">[] {
  const t = translator(locale);
  const directionName = directionNamer(sel.dataset, locale);
  return documentViews(sel, locale).map((d) => ({
    id: d.id,
    links: { page: recordPage.document(d.id), source: d.sources[0]?.id ?? null },
    facets: d.facets,
    notes: d.unbroken,
    values: {
      name: d.name,
      number: d.number,
      title: d.title,
      instrument: t(`instrument.${d.instrument}`),
      issuers: [...d.issuers],
      published: d.published,
      directions: d.directions.map(directionName),
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
  }));
}
