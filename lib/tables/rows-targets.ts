/** Rows of the targets table: each target left by the filter, with its progress on the whole series. */
import type { Locale } from "@/lib/domain/codes";
import { valueUnitLabel } from "@/lib/format/format";
import { formatNumber } from "@/lib/format/numbers";
import { translator } from "@/lib/i18n/translator";
import { recordPage } from "@/lib/queries/pages";
import type { Selection } from "@/lib/queries/select";
import { targetViews } from "@/lib/queries/targets";
import type { TableRow } from "./row";
import { directionNamer, linkOf, round1 } from "./rows-common";

export function targetRows(sel: Selection, locale: Locale): TableRow<"targets">[] {
  const t = translator(locale);
  const directionName = directionNamer(sel.dataset, locale);
  return targetViews(sel, locale).map((tg) => {
    const p = tg.progress;
    const pace = (n: number | null) =>
      n === null
        ? undefined
        : p.paceKind === "cagr"
          ? t("progress.perYear", { pct: formatNumber(n, locale, 1) })
          : `${formatNumber(n, locale, 0)}%`;
    const needed = pace(p.paceNeeded);
    const achieved = pace(p.paceAchieved);
    return {
      id: tg.id,
      links: { page: recordPage.target(tg.direction, tg.id), source: tg.source.id },
      facets: tg.facets,
      notes: tg.unbroken,
      values: {
        title: tg.label,
        indicator: tg.indicator.label,
        direction: directionName(tg.direction),
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
