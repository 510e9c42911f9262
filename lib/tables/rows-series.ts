/** Rows of the series tables: one per indicator, and one per figure of each indicator's series. */
import type { Locale } from "@/lib/domain/codes";
import { formatReportedGrowth, valueUnitLabel } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import { indicatorViews } from "@/lib/queries/indicators";
import { recordPage } from "@/lib/queries/pages";
import { observationFacets, type Selection } from "@/lib/queries/select";
import type { TableRow } from "./row";
import { breakdownOf, directionNamer, linkOf, round1 } from "./rows-common";

export function indicatorRows(sel: Selection, locale: Locale): TableRow<"indicators">[] {
  const t = translator(locale);
  const directionName = directionNamer(sel.dataset, locale);
  return indicatorViews(sel, locale).listed.map((i) => {
    const latest = i.latest;
    const target = i.targets[0];
    const breakdown = breakdownOf(i.facets);
    return {
      id: i.id,
      links: { page: recordPage.indicator(i.direction, i.id), source: latest?.source.id ?? null },
      facets: i.facets,
      notes: i.unbroken,
      values: {
        label: i.label,
        direction: directionName(i.direction),
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

/** A figure is about what its series is about (district, sector, direction), in the year of its date. */
export function observationRows(sel: Selection, locale: Locale): TableRow<"observations">[] {
  const t = translator(locale);
  const directionName = directionNamer(sel.dataset, locale);
  return indicatorViews(sel, locale).listed.flatMap((view) => {
    const breakdown = breakdownOf(view.facets);
    return view.observations.map((o) => ({
      id: o.id,
      links: { page: recordPage.figure(o.id), source: o.source.id },
      facets: observationFacets(o, view.facets),
      // A figure has its series' districts and sectors, so what the series could not be narrowed on.
      notes: view.unbroken,
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
        direction: directionName(view.direction),
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
