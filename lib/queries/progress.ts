/**
 * The progress method: how far a target is along and whether it is on track. Pure and documented; the
 * method page (/[locale]/method) describes these same rules to readers.
 *
 * 1. Series. Only observations of the target's own indicator count (one indicator = one definition), for
 *    all of Beijing; a series that only ever covers one area (e.g. the Yizhuang zone) uses that area's.
 *    If an observation marks a series break (the source changed what it counts), only that observation
 *    and later ones are used.
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
 * 7. Status, first rule that applies:
 *    achieved          the latest figure meets the goal (not from an "up to" figure);
 *    not enough data   no usable baseline, no observation after the baseline, or no due date;
 *    off track         the due date has passed;
 *    on track          achieved pace ≥ needed pace;
 *    needs attention   achieved pace ≥ 75% of needed pace;
 *    off track         otherwise.
 */
import { compareDates, endOf } from "@/lib/format/dates";
import type { ObservationRecord, TargetRecord } from "@/lib/domain/schema";

import type { TargetStatus } from "@/lib/domain/codes";

/** Share of the needed pace below which a target is off track rather than needing attention. */
export const ATTENTION_THRESHOLD = 0.75;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export type Reason =
  | "met"
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
  paceKind: "cagr" | "linear" | null;
}

type Target = Pick<TargetRecord, "type" | "value" | "valueMax" | "due" | "good" | "baseline">;

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
  if (!latest) return base;
  if (latest.qualifier !== "under" && meets(latest.value, goal, target)) {
    return { ...base, status: "achieved", reason: "met", progress: 1 };
  }
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
