/**
 * The progress method: how far a target is along and whether it is on track. Pure and documented; the
 * method page (/[locale]/method) describes these same rules to readers.
 *
 * 1. Series. Only observations of the target's own indicator count (one indicator = one definition). If an
 *    observation marks a series break (the source changed what it counts), only it and later ones are used.
 * 2. Baseline. The target's baseline observation; without one, the first usable observation.
 * 3. Latest. The newest usable observation. Bounds: "over X" is used as X, a conservative reading (the
 *    true value is at least X), so an "achieved" from it is safe; "up to X" is used as X but can never
 *    make a target achieved, since the true value may be lower.
 * 4. Goal. For "min" and "exact" targets, the value; for a range ("3–5"), its lower end when up is good
 *    and its upper end when down is good.
 * 5. Progress = (latest − baseline) / (goal − baseline), shown between 0% and 100%.
 * 6. Pace. Needed: the yearly compound growth from the latest figure to the goal by the due date.
 *    Achieved: the yearly compound growth from the baseline to the latest figure. Where values are not
 *    positive or down is good, linear shares are compared instead (progress vs. time elapsed).
 * 7. Status of a level target, first rule that applies:
 *    achieved          the latest figure meets the goal (not from an "up to" figure);
 *    off track         the due date has passed and a figure of the due date or later misses the goal;
 *    overdue           the due date has passed and no figure of the due date or later is published;
 *    not enough data   no usable baseline, no observation after the baseline, or no due date;
 *    on track          achieved pace ≥ needed pace;
 *    needs attention   achieved pace ≥ 75% of needed pace;
 *    off track         otherwise.
 * 8. A growth target ("over 10% a year") is judged on the growth the sources reported for the series, never
 *    on growth we compute: the latest reported rate against the target rate, with the same thresholds (once
 *    its date has passed, a rate short of the target is off track). Each reported yearly rate is an outcome:
 *    with none reported, the target is overdue once its date has passed.
 * 9. A recurring commitment ("100 m yuan a year") is not a level to reach: it is met year by year. Without a
 *    published yearly amount it has not enough data (overdue once its last year has passed).
 */
import { compareDates, endOf } from "@/lib/format/dates";
import type { ObservationRecord, TargetRecord } from "@/lib/domain/schema";

import type { TargetStatus } from "@/lib/domain/codes";

/** Share of the needed pace below which a target is off track rather than needing attention. */
export const ATTENTION_THRESHOLD = 0.75;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export type Reason =
  | "met"
  | "no-outcome"
  | "growth-reported-ok"
  | "growth-reported-slow"
  | "growth-reported-far-behind"
  | "no-reported-growth"
  | "recurring-no-report"
  | "no-baseline"
  | "no-new-data"
  | "no-due-date"
  | "deadline-passed"
  | "pace-ok"
  | "pace-slow"
  | "pace-far-behind"
  | "series-break";

export interface Progress {
  status: TargetStatus;
  reason: Reason;
  baseline: Pick<ObservationRecord, "id" | "value" | "qualifier" | "asOf"> | null;
  latest: Pick<ObservationRecord, "id" | "value" | "qualifier" | "asOf"> | null;
  goal: number;
  /** 0–1 (clamped); null without a baseline and a later figure. */
  progress: number | null;
  /** Yearly rates in percent, or shares when compared linearly (see `paceKind`). */
  paceNeeded: number | null;
  paceAchieved: number | null;
  /** cagr or linear: computed from figures; reported: the growth rate a source reported. */
  paceKind: "cagr" | "linear" | "reported" | null;
}

type Target = Pick<TargetRecord, "type" | "value" | "valueMax" | "due" | "good" | "baseline"> & {
  kind?: TargetRecord["kind"];
};

export function goalOf(t: Target): number {
  if (t.type === "range" && t.valueMax !== null) return t.good === "up" ? t.value : t.valueMax;
  return t.value;
}

function meets(value: number, goal: number, t: Target): boolean {
  if (t.type === "exact") return Math.abs(value - goal) <= Math.abs(goal) * 0.005;
  return t.good === "up" ? value >= goal : value <= goal;
}

/** The citywide figures; or, for a series that covers exactly one area throughout, that area's figures. */
function sliceOf(series: readonly ObservationRecord[]): readonly ObservationRecord[] {
  const city = series.filter((o) => o.district === null && o.sector === null);
  if (city.length > 0) return city;
  const slices = new Set(series.map((o) => `${o.district ?? ""}|${o.sector ?? ""}`));
  return slices.size === 1 ? series : [];
}

export function evaluateTarget(
  target: Target,
  series: readonly ObservationRecord[],
  today: Date = new Date(),
): Progress {
  const goal = goalOf(target);
  const sorted = [...sliceOf(series)].sort((a, b) => compareDates(a.asOf, b.asOf));
  const lastBreak = sorted.map((o) => o.seriesBreak).lastIndexOf(true);
  const usable = lastBreak >= 0 ? sorted.slice(lastBreak) : sorted;
  const latest = usable.at(-1) ?? null;
  const named = target.baseline !== null ? usable.find((o) => o.id === target.baseline) : undefined;
  const baselineCut = target.baseline !== null && named === undefined && lastBreak >= 0;
  const baseline = named ?? (target.baseline === null ? (usable[0] ?? null) : null);
  const pick = (o: ObservationRecord | null) =>
    o ? { id: o.id, value: o.value, qualifier: o.qualifier, asOf: o.asOf } : null;
  const base: Progress = {
    status: "not-enough-data",
    reason: baselineCut ? "series-break" : "no-baseline",
    baseline: pick(baseline),
    latest: pick(latest),
    goal,
    progress: null,
    paceNeeded: null,
    paceAchieved: null,
    paceKind: null,
  };
  const targetKind = target.kind ?? "level";
  const duePassed = target.due !== null && today.getTime() > endOf(target.due).getTime();
  const hasOutcome = (o: Pick<ObservationRecord, "asOf"> | null | undefined) =>
    target.due !== null && o != null && compareDates(o.asOf, target.due) >= 0;
  if (targetKind === "growth") return growthProgress(target, usable, base, duePassed);
  if (targetKind === "recurring")
    return duePassed
      ? { ...base, status: "overdue", reason: "no-outcome" }
      : { ...base, reason: "recurring-no-report" };
  if (latest && latest.qualifier !== "under" && meets(latest.value, goal, target)) {
    return { ...base, status: "achieved", reason: "met", progress: 1 };
  }
  if (duePassed && !hasOutcome(latest)) return { ...base, status: "overdue", reason: "no-outcome" };
  if (!latest) return base;
  if (!baseline) return base;
  if (baseline.id === latest.id || compareDates(latest.asOf, baseline.asOf) <= 0)
    return { ...base, reason: "no-new-data" };

  const span = goal - baseline.value;
  const progress = span === 0 ? 0 : Math.min(1, Math.max(0, (latest.value - baseline.value) / span));
  const withProgress = { ...base, progress };
  if (target.due === null) return { ...withProgress, reason: "no-due-date" };
  const due = endOf(target.due).getTime();
  const tBase = endOf(baseline.asOf).getTime();
  const tLatest = endOf(latest.asOf).getTime();
  if (today.getTime() > due || tLatest >= due)
    return { ...withProgress, status: "off-track", reason: "deadline-passed" };

  const yearsElapsed = (tLatest - tBase) / YEAR_MS;
  const yearsLeft = (due - tLatest) / YEAR_MS;
  let needed: number;
  let achieved: number;
  let kind: "cagr" | "linear";
  if (target.good === "up" && baseline.value > 0 && latest.value > 0 && goal > 0) {
    kind = "cagr";
    needed = ((goal / latest.value) ** (1 / yearsLeft) - 1) * 100;
    achieved = ((latest.value / baseline.value) ** (1 / yearsElapsed) - 1) * 100;
  } else {
    kind = "linear";
    needed = (due - tBase > 0 ? (tLatest - tBase) / (due - tBase) : 1) * 100;
    achieved = progress * 100;
  }
  const ratio = needed <= 0 ? Infinity : achieved / needed;
  const status: TargetStatus =
    ratio >= 1 ? "on-track" : ratio >= ATTENTION_THRESHOLD ? "needs-attention" : "off-track";
  return {
    ...withProgress,
    status,
    reason:
      status === "on-track" ? "pace-ok" : status === "needs-attention" ? "pace-slow" : "pace-far-behind",
    paceNeeded: needed,
    paceAchieved: achieved,
    paceKind: kind,
  };
}

/**
 * A growth target, judged on the growth rates the sources reported (never on a rate computed between two
 * figures, which may differ in what they count or be bounds).
 */
function growthProgress(
  target: Target,
  usable: readonly ObservationRecord[],
  base: Progress,
  duePassed: boolean,
): Progress {
  const reported = [...usable].reverse().find((o) => o.reportedGrowthPct !== null);
  const rate = reported?.reportedGrowthPct ?? null;
  const latest = reported
    ? { id: reported.id, value: reported.value, qualifier: reported.qualifier, asOf: reported.asOf }
    : null;
  const withRate = {
    ...base,
    latest,
    baseline: null,
    paceNeeded: target.value,
    paceKind: "reported" as const,
  };
  if (rate === null || !reported)
    return duePassed
      ? { ...withRate, status: "overdue", reason: "no-outcome", paceAchieved: null }
      : { ...withRate, reason: "no-reported-growth", paceAchieved: null };
  const ratio = target.value <= 0 ? Infinity : rate / target.value;
  const status: TargetStatus =
    ratio >= 1
      ? "on-track"
      : duePassed
        ? "off-track"
        : ratio >= ATTENTION_THRESHOLD
          ? "needs-attention"
          : "off-track";
  return {
    ...withRate,
    status,
    reason:
      status === "on-track"
        ? "growth-reported-ok"
        : status === "needs-attention"
          ? "growth-reported-slow"
          : "growth-reported-far-behind",
    paceAchieved: rate,
  };
}

/** Whether the latest figure is older than the indicator's expected update cycle. */
export function isStale(
  lastAsOf: string | null,
  updateEveryMonths: number | null,
  today: Date = new Date(),
): boolean {
  if (lastAsOf === null || updateEveryMonths === null) return false;
  const due = endOf(lastAsOf);
  due.setUTCMonth(due.getUTCMonth() + updateEveryMonths);
  return due.getTime() < today.getTime();
}
