/**
 * The progress method: how far a target is along and whether it is on track. Pure and documented; the
 * method page (/[locale]/method) lists STATUS_RULES below, so what readers are told and what the code does
 * are one table.
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
 * 7. Outcome. Once a target's date has passed, only a figure of that date or later says whether it was met
 *    (for a growth target: a growth rate the sources reported for that year or later). Without one the
 *    target is overdue, whatever the figures before the date suggested.
 * 8. A growth target ("over 10% a year") is judged on the growth the sources reported for the series, never
 *    on growth we compute: the latest reported rate against the target rate.
 * 9. A recurring commitment ("100 m yuan a year") is not a level to reach: it is met year by year. Without a
 *    published yearly amount it has not enough data (overdue once its last year has passed).
 */
import { compareDates, endOf } from "@/lib/format/dates";
import type { ObservationRecord, TargetRecord } from "@/lib/domain/schema";
import type { TargetKind, TargetStatus } from "@/lib/domain/codes";

/** Share of the needed pace below which a target is off track rather than needing attention. */
export const ATTENTION_THRESHOLD = 0.75;
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

export type Reason =
  | "met"
  | "growth-outcome-met"
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
  | "growth-deadline-missed"
  | "pace-ok"
  | "pace-slow"
  | "pace-far-behind"
  | "series-break";

type Figure = Pick<ObservationRecord, "id" | "value" | "qualifier" | "asOf" | "confidence">;

export interface Progress {
  status: TargetStatus;
  /** The rule of STATUS_RULES that decided the status. */
  rule: RuleId;
  reason: Reason;
  baseline: Figure | null;
  latest: Figure | null;
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

/** What the rules read about one target, worked out once from its series and the date. */
export interface Facts {
  kind: TargetKind;
  /** Level targets: the latest figure meets the goal (never from an "up to" figure). */
  latestMeets: boolean;
  /** The target's date has passed. */
  duePassed: boolean;
  /** A figure of the due date or later (a reported rate, for growth): none, or whether it meets the goal. */
  outcome: "none" | "met" | "missed";
  /** Achieved pace ÷ needed pace (level), reported rate ÷ target rate (growth); null when it cannot be judged. */
  ratio: number | null;
  /** Why the pace cannot be judged, when `ratio` is null. */
  unjudged: Reason;
}

/**
 * The status rules, in the order they are tried: for a target of a given kind, the first rule of that kind
 * whose condition holds decides its status. The method page prints this table (its texts are
 * `method.rules.<id>` in the message catalogs).
 */
export const STATUS_RULES = [
  { id: "level-met", kinds: ["level"], status: "achieved", when: (f: Facts) => f.latestMeets },
  {
    id: "growth-met",
    kinds: ["growth"],
    status: "achieved",
    when: (f: Facts) => f.duePassed && f.outcome === "met",
  },
  {
    id: "missed",
    kinds: ["level", "growth"],
    status: "off-track",
    when: (f: Facts) => f.outcome === "missed",
  },
  {
    id: "overdue",
    kinds: ["level", "growth", "recurring"],
    status: "overdue",
    when: (f: Facts) => f.duePassed && f.outcome === "none",
  },
  {
    id: "not-enough-data",
    kinds: ["level", "growth", "recurring"],
    status: "not-enough-data",
    when: (f: Facts) => f.ratio === null,
  },
  { id: "on-track", kinds: ["level", "growth"], status: "on-track", when: (f: Facts) => (f.ratio ?? 0) >= 1 },
  {
    id: "needs-attention",
    kinds: ["level", "growth"],
    status: "needs-attention",
    when: (f: Facts) => (f.ratio ?? 0) >= ATTENTION_THRESHOLD,
  },
  { id: "behind", kinds: ["level", "growth"], status: "off-track", when: () => true },
] as const satisfies readonly {
  id: string;
  kinds: readonly TargetKind[];
  status: TargetStatus;
  when: (f: Facts) => boolean;
}[];
export type RuleId = (typeof STATUS_RULES)[number]["id"];

/** The rules that apply to targets of one kind, in order. */
export function rulesFor(kind: TargetKind) {
  return STATUS_RULES.filter((r) => (r.kinds as readonly TargetKind[]).includes(kind));
}

/** The first rule of the target's kind that holds. */
export function decide(f: Facts): (typeof STATUS_RULES)[number] {
  // Every kind ends with a rule that always holds ("behind", or "not enough data" for recurring ones);
  // the fallback only satisfies the type.
  return rulesFor(f.kind).find((r) => r.when(f)) ?? STATUS_RULES[4];
}

const REASONS: Record<RuleId, (f: Facts) => Reason> = {
  "level-met": () => "met",
  "growth-met": () => "growth-outcome-met",
  missed: (f) => (f.kind === "growth" ? "growth-deadline-missed" : "deadline-passed"),
  overdue: () => "no-outcome",
  "not-enough-data": (f) => f.unjudged,
  "on-track": (f) => (f.kind === "growth" ? "growth-reported-ok" : "pace-ok"),
  "needs-attention": (f) => (f.kind === "growth" ? "growth-reported-slow" : "pace-slow"),
  behind: (f) => (f.kind === "growth" ? "growth-reported-far-behind" : "pace-far-behind"),
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

const pick = (o: ObservationRecord | null | undefined): Figure | null =>
  o ? { id: o.id, value: o.value, qualifier: o.qualifier, asOf: o.asOf, confidence: o.confidence } : null;

interface Pace {
  progress: number | null;
  paceNeeded: number | null;
  paceAchieved: number | null;
  paceKind: Progress["paceKind"];
  ratio: number | null;
  unjudged: Reason;
}

/** Progress and pace of a level target from its baseline and latest figure. */
function levelPace(
  target: Target,
  goal: number,
  baseline: ObservationRecord | null,
  latest: ObservationRecord | null,
  baselineCut: boolean,
): Pace {
  const none = { progress: null, paceNeeded: null, paceAchieved: null, paceKind: null, ratio: null };
  if (!latest || !baseline) return { ...none, unjudged: baselineCut ? "series-break" : "no-baseline" };
  if (baseline.id === latest.id || compareDates(latest.asOf, baseline.asOf) <= 0)
    return { ...none, unjudged: "no-new-data" };
  const span = goal - baseline.value;
  const progress = span === 0 ? 0 : Math.min(1, Math.max(0, (latest.value - baseline.value) / span));
  if (target.due === null) return { ...none, progress, unjudged: "no-due-date" };
  const due = endOf(target.due).getTime();
  const tBase = endOf(baseline.asOf).getTime();
  const tLatest = endOf(latest.asOf).getTime();
  const yearsElapsed = (tLatest - tBase) / YEAR_MS;
  const yearsLeft = Math.max((due - tLatest) / YEAR_MS, 1 / 365);
  if (target.good === "up" && baseline.value > 0 && latest.value > 0 && goal > 0) {
    const needed = ((goal / latest.value) ** (1 / yearsLeft) - 1) * 100;
    const achieved = ((latest.value / baseline.value) ** (1 / yearsElapsed) - 1) * 100;
    const ratio = needed <= 0 ? Infinity : achieved / needed;
    return { progress, paceNeeded: needed, paceAchieved: achieved, paceKind: "cagr", ratio, unjudged: "met" };
  }
  const needed = (due - tBase > 0 ? (tLatest - tBase) / (due - tBase) : 1) * 100;
  const achieved = progress * 100;
  const ratio = needed <= 0 ? Infinity : achieved / needed;
  return { progress, paceNeeded: needed, paceAchieved: achieved, paceKind: "linear", ratio, unjudged: "met" };
}

export function evaluateTarget(
  target: Target,
  series: readonly ObservationRecord[],
  today: Date = new Date(),
): Progress {
  const goal = goalOf(target);
  const kind = target.kind ?? "level";
  const sorted = [...sliceOf(series)].sort((a, b) => compareDates(a.asOf, b.asOf));
  const lastBreak = sorted.map((o) => o.seriesBreak).lastIndexOf(true);
  const usable = lastBreak >= 0 ? sorted.slice(lastBreak) : sorted;
  const duePassed = target.due !== null && today.getTime() > endOf(target.due).getTime();
  const atOrAfterDue = (o: ObservationRecord | null | undefined): o is ObservationRecord =>
    target.due !== null && o != null && compareDates(o.asOf, target.due) >= 0;

  let latest: ObservationRecord | null;
  let baseline: ObservationRecord | null = null;
  let pace: Pace;
  let latestMeets = false;
  let outcome: Facts["outcome"] = "none";
  if (kind === "growth") {
    // The newest figure with a growth rate its source reported; its rate is the pace achieved.
    latest = [...usable].reverse().find((o) => o.reportedGrowthPct !== null) ?? null;
    const rate = latest?.reportedGrowthPct ?? null;
    if (atOrAfterDue(latest) && rate !== null) outcome = rate >= target.value ? "met" : "missed";
    pace = {
      progress: null,
      paceNeeded: target.value,
      paceAchieved: rate,
      paceKind: "reported",
      ratio: rate === null ? null : target.value <= 0 ? Infinity : rate / target.value,
      unjudged: "no-reported-growth",
    };
  } else if (kind === "recurring") {
    latest = null;
    pace = {
      progress: null,
      paceNeeded: null,
      paceAchieved: null,
      paceKind: null,
      ratio: null,
      unjudged: "recurring-no-report",
    };
  } else {
    latest = usable.at(-1) ?? null;
    const named = target.baseline !== null ? usable.find((o) => o.id === target.baseline) : undefined;
    const baselineCut = target.baseline !== null && named === undefined && lastBreak >= 0;
    baseline = named ?? (target.baseline === null ? (usable[0] ?? null) : null);
    latestMeets = latest !== null && latest.qualifier !== "under" && meets(latest.value, goal, target);
    if (atOrAfterDue(latest)) outcome = latestMeets ? "met" : "missed";
    pace = levelPace(target, goal, baseline, latest, baselineCut);
  }
  const facts: Facts = { kind, latestMeets, duePassed, outcome, ratio: pace.ratio, unjudged: pace.unjudged };
  const rule = decide(facts);
  // Pace figures are shown where they decided the status; a reported growth rate always is.
  const paceShown =
    pace.paceKind === "reported" || ["on-track", "needs-attention", "behind"].includes(rule.id);
  return {
    status: rule.status,
    rule: rule.id,
    reason: REASONS[rule.id](facts),
    baseline: pick(baseline),
    latest: pick(latest),
    goal,
    progress: rule.id === "level-met" ? 1 : pace.progress,
    paceNeeded: paceShown ? pace.paceNeeded : null,
    paceAchieved: paceShown ? pace.paceAchieved : null,
    paceKind: paceShown ? pace.paceKind : null,
  };
}

/**
 * Whether the latest figure is older than the indicator's expected update cycle. Applies to every series,
 * city-wide or about one district or zone; an indicator without a cycle is never stale.
 */
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
