/** Targets with their computed progress, for cards, charts, roll-ups, the targets table and the API. */
import type { Dataset } from "@/lib/data/types";
import { formatFigure, formatNumber } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import { evaluateTarget, isStale, type Progress } from "@/lib/queries/progress";
import { TARGET_STATUSES, type TargetStatus } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { documentRef, perLocale, toSourceRef } from "./refs";
import type { DocumentRef, SourceRef } from "./views";
import { select, type Selection } from "./select";
import { pick } from "@/lib/format/localize";
import type { DirectionCode, Locale, TargetKind } from "@/lib/domain/codes";
import type { IndicatorRecord, TargetRecord } from "@/lib/domain/schema";

export interface TargetView {
  id: string;
  label: string;
  kind: TargetKind;
  indicator: { id: string; label: string; unit: IndicatorRecord["unit"]; kind: IndicatorRecord["kind"] };
  direction: DirectionCode;
  type: TargetRecord["type"];
  value: number;
  valueMax: number | null;
  due: string | null;
  good: TargetRecord["good"];
  /** "300 billion yuan", "3–5 models". */
  targetText: string;
  baselineText: string | null;
  latestText: string | null;
  progress: Progress;
  /** The report the target was read from. */
  source: SourceRef;
  /** The policy document that set it, if identified. */
  document: DocumentRef | null;
  confidence: TargetRecord["confidence"];
  note: string | null;
}

function text(
  ind: IndicatorRecord,
  value: number,
  qualifier: "exact" | "over" | "about" | "under",
  locale: Locale,
) {
  return formatFigure({ value, qualifier, denominator: null }, ind, locale).text;
}

export function targetView(
  ds: Dataset,
  t: TargetRecord,
  locale: Locale,
  today: Date = new Date(),
): TargetView | null {
  const ind = ds.index.indicator.get(t.indicator);
  const src = ds.index.source.get(t.source);
  if (!ind || !src) return null;
  const tr = translator(locale);
  const progress = evaluateTarget(t, ds.index.observationsByIndicator.get(ind.id) ?? [], today);
  const level =
    t.type === "range" && t.valueMax !== null
      ? `${formatFigure({ value: t.value, qualifier: "exact", denominator: null }, ind, locale).value}–${text(ind, t.valueMax, "exact", locale)}`
      : text(ind, t.value, "exact", locale);
  // A growth target is a rate in percent, whatever the unit of its series; a recurring one is per year.
  const targetText =
    t.kind === "growth"
      ? tr("progress.growthTarget", { pct: formatNumber(t.value, locale, 1) })
      : t.kind === "recurring"
        ? tr("progress.everyYear", { value: level })
        : level;

  return {
    id: t.id,
    label: pick(t.label, locale),
    indicator: { id: ind.id, label: pick(ind.label, locale), unit: ind.unit, kind: ind.kind },
    direction: ind.direction,
    type: t.type,
    value: t.value,
    valueMax: t.valueMax,
    due: t.due,
    good: t.good,
    kind: t.kind,
    targetText,
    baselineText: progress.baseline
      ? text(ind, progress.baseline.value, progress.baseline.qualifier, locale)
      : null,
    latestText: progress.latest ? text(ind, progress.latest.value, progress.latest.qualifier, locale) : null,
    progress,
    source: toSourceRef(src, locale),
    document: documentRef(ds, t.document, locale),
    confidence: t.confidence,
    note: t.note ? pick(t.note, locale) : null,
  };
}

const viewsOf = perLocale((sel: Selection, locale: Locale): TargetView[] =>
  sel.targets.flatMap(({ record }) => targetView(sel.dataset, record, locale) ?? []),
);

/** Targets left by the filter, each measured on its indicator's whole series. */
export function targetViews(sel: Selection, locale: Locale): TargetView[] {
  return viewsOf(sel, locale);
}

export function getTargets(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): TargetView[] {
  return targetViews(select(ds, filter), locale);
}

export type RollUp = Record<TargetStatus, number> & { total: number };

/** How many targets of a direction are in each status. */
export function rollUp(targets: readonly TargetView[], direction?: DirectionCode): RollUp {
  const out = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  const mine = direction ? targets.filter((t) => t.direction === direction) : targets;
  for (const t of mine) out[t.progress.status] += 1;
  return { ...out, total: mine.length };
}

export function indicatorIsStale(ds: Dataset, ind: IndicatorRecord, today: Date = new Date()): boolean {
  const last = ds.index.observationsByIndicator
    .get(ind.id)
    ?.filter((o) => o.district === null)
    .at(-1);
  return isStale(last?.asOf ?? null, ind.updateEveryMonths, today);
}
