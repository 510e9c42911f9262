/** Targets with their computed progress, for cards, charts, roll-ups, the targets table and the API. */
import type { Dataset } from "@/lib/data/types";
import { formatFigure } from "@/lib/format/format";
import { formatNumber } from "@/lib/format/numbers";
import { translator } from "@/lib/i18n/translator";
import { evaluateTarget, isStale, type Progress } from "@/lib/queries/progress";
import { STATUS_GROUPS, type StatusGroup } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Facets, type Filter, type Unbroken } from "@/lib/filter/filter";
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

/** A target left by the filter, with what it is about (its indicator's, and the year it is due). */
export interface SelectedTarget extends TargetView {
  facets: Facets;
  unbroken: Unbroken;
}

const viewsOf = perLocale((sel: Selection, locale: Locale): SelectedTarget[] =>
  sel.targets.flatMap(({ record, facets, unbroken }) => {
    const view = targetView(sel.dataset, record, locale);
    return view ? [{ ...view, facets, unbroken }] : [];
  }),
);

/** Targets left by the filter, each measured on its indicator's whole series. */
export function targetViews(sel: Selection, locale: Locale): SelectedTarget[] {
  return viewsOf(sel, locale);
}

export function getTargets(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): SelectedTarget[] {
  return targetViews(select(ds, filter), locale);
}

/** Targets counted by status group (lib/domain/codes.ts STATUS_GROUPS), with their total. */
export type GroupCounts = Record<StatusGroup, number> & { total: number };

export function groupCounts(targets: readonly Pick<TargetView, "progress">[]): GroupCounts {
  const n = (id: StatusGroup) => {
    const statuses: readonly string[] = STATUS_GROUPS.find((g) => g.id === id)?.statuses ?? [];
    return targets.filter((t) => statuses.includes(t.progress.status)).length;
  };
  return {
    total: targets.length,
    achieved: n("achieved"),
    "on-track": n("on-track"),
    behind: n("behind"),
    overdue: n("overdue"),
    "not-enough-data": n("not-enough-data"),
  };
}

/** Whether a series keeps to its update cycle: no cycle (null), no figure at all, stale or current. */
export type Freshness = "current" | "stale" | "no-data";

/**
 * The freshness of an indicator's whole series (whatever the filter), city-wide or about one district or
 * zone alike; `newest` is the date of its newest figure.
 */
export function freshnessOf(
  ds: Dataset,
  ind: IndicatorRecord,
  today: Date = new Date(),
): { freshness: Freshness | null; newest: string | null } {
  const newest = ds.index.observationsByIndicator.get(ind.id)?.at(-1)?.asOf ?? null;
  if (newest === null) return { freshness: "no-data", newest };
  if (ind.updateEveryMonths === null) return { freshness: null, newest };
  return { freshness: isStale(newest, ind.updateEveryMonths, today) ? "stale" : "current", newest };
}
