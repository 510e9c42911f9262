import { describe, expect, it } from "vitest";
import type { ObservationRecord } from "@/lib/domain/schema";
import { evaluateTarget, isStale, rulesFor, STATUS_RULES } from "./progress";
import { TARGET_KINDS } from "@/lib/domain/codes";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import zh from "@/lib/i18n/messages/zh.json";

const TODAY = new Date("2026-11-24T00:00:00Z");

function obs(
  id: string,
  asOf: string,
  value: number,
  extra: Partial<ObservationRecord> = {},
): ObservationRecord {
  return {
    id,
    indicator: "x",
    value,
    qualifier: "exact",
    denominator: null,
    asOf,
    source: "s",
    original: null,
    alsoReportedBy: [],
    confidence: "high",
    district: null,
    sector: null,
    reportedGrowthPct: null,
    seriesBreak: false,
    noChange: null,
    definition: "x",
    note: null,
    ...extra,
  };
}

const min = (value: number, due: string | null, baseline: string | null = null) =>
  ({ type: "min", value, valueMax: null, due, good: "up", baseline }) as const;

describe("evaluateTarget", () => {
  it("calls a target achieved once the latest figure meets it", () => {
    const p = evaluateTarget(min(300, "2027"), [obs("a", "2023", 250), obs("b", "2025", 310)], TODAY);
    expect(p.status).toBe("achieved");
    expect(p.progress).toBe(1);
  });

  it("is on track when the growth achieved beats the growth needed", () => {
    // 100 → 121 in two years is 10%/yr; 121 → 146.4 in two more years needs 10%/yr.
    const p = evaluateTarget(
      min(146, "2028-12-31"),
      [obs("a", "2024-12-31", 100), obs("b", "2026-12-31", 121)],
      new Date("2027-01-02"),
    );
    expect(p.status).toBe("on-track");
    expect(p.paceKind).toBe("cagr");
    expect(p.paceAchieved).toBeCloseTo(10, 0);
  });

  it("needs attention when the pace is a little short, and is off track when far short", () => {
    const series = [obs("a", "2024-12-31", 100), obs("b", "2026-12-31", 110)];
    // Achieved ≈4.9%/yr. Needing ≈6%/yr is over 75% of the way; needing 30%/yr is not.
    expect(evaluateTarget(min(124, "2028-12-31"), series, new Date("2027-01-02")).status).toBe(
      "needs-attention",
    );
    expect(evaluateTarget(min(186, "2028-12-31"), series, new Date("2027-01-02")).status).toBe("off-track");
  });

  it("handles a target where down is good, compared linearly", () => {
    const target = {
      type: "min",
      value: 50,
      valueMax: null,
      due: "2030",
      good: "down",
      baseline: null,
    } as const;
    const p = evaluateTarget(target, [obs("a", "2020", 100), obs("b", "2025", 70)], TODAY);
    expect(p.paceKind).toBe("linear");
    expect(p.progress).toBeCloseTo(0.6);
    expect(p.status).toBe("on-track");
    expect(evaluateTarget(target, [obs("a", "2020", 100), obs("b", "2025", 45)], TODAY).status).toBe(
      "achieved",
    );
  });

  it("uses the lower end of a range target ('3–5 base models')", () => {
    const range = { type: "range", value: 3, valueMax: 5, due: "2027", good: "up", baseline: null } as const;
    expect(evaluateTarget(range, [obs("a", "2024", 1), obs("b", "2025", 3)], TODAY).status).toBe("achieved");
    expect(evaluateTarget(range, [obs("a", "2024", 1), obs("b", "2025", 2)], TODAY).goal).toBe(3);
  });

  it("reads 'over X' as X: an achievement from a lower bound is safe", () => {
    const p = evaluateTarget(
      min(300, "2025"),
      [obs("a", "2023", 250, { qualifier: "over" }), obs("b", "2024", 300, { qualifier: "over" })],
      TODAY,
    );
    expect(p.status).toBe("achieved");
  });

  it("never calls a target achieved from an 'up to' figure", () => {
    const p = evaluateTarget(
      min(100, "2030"),
      [obs("a", "2020", 50), obs("b", "2025", 120, { qualifier: "under" })],
      TODAY,
    );
    expect(p.status).not.toBe("achieved");
  });

  it("drops observations before a series break: a changed definition is not compared across", () => {
    const series = [obs("a", "2020", 100), obs("b", "2024", 500, { seriesBreak: true })];
    const p = evaluateTarget(min(1000, "2030", "a"), series, TODAY);
    expect(p.status).toBe("not-enough-data");
    expect(p.reason).toBe("series-break");
  });

  it("has not enough data with no observation since the baseline, or none at all", () => {
    expect(evaluateTarget(min(100, "2030", "a"), [obs("a", "2024", 50)], TODAY)).toMatchObject({
      status: "not-enough-data",
      reason: "no-new-data",
    });
    expect(evaluateTarget(min(100, "2030"), [], TODAY)).toMatchObject({
      status: "not-enough-data",
      reason: "no-baseline",
    });
  });

  it("is off track once a figure of the target date misses it", () => {
    const p = evaluateTarget(min(100, "2023"), [obs("a", "2021", 10), obs("b", "2023", 50)], TODAY);
    expect(p).toMatchObject({ status: "off-track", reason: "deadline-passed" });
  });

  it("is overdue, not 'not enough data', when the date has passed with no outcome published", () => {
    // A reader would dispute "not enough data" for a 2023 target in 2026: the outcome is simply missing.
    expect(
      evaluateTarget(min(100, "2023"), [obs("a", "2021", 10), obs("b", "2022", 50)], TODAY),
    ).toMatchObject({
      status: "overdue",
      reason: "no-outcome",
    });
    expect(evaluateTarget(min(10, "2023"), [], TODAY)).toMatchObject({ status: "overdue" });
    // Not yet due and no figure: still not enough data.
    expect(evaluateTarget(min(10, "2027"), [], TODAY).status).toBe("not-enough-data");
  });

  it("judges a growth target on the growth the source reported, not on growth computed between figures", () => {
    // 250 (2023, a bound) → 300 (2024) would compute +20%; the source reported +12%: on track against 10%.
    const series = [
      obs("a", "2023", 250, { qualifier: "over" }),
      obs("b", "2024", 300, { reportedGrowthPct: 12 }),
    ];
    const p = evaluateTarget({ ...min(10, "2027"), kind: "growth" }, series, TODAY);
    expect(p).toMatchObject({
      status: "on-track",
      reason: "growth-reported-ok",
      paceAchieved: 12,
      paceKind: "reported",
    });
    expect(evaluateTarget({ ...min(17, "2027"), kind: "growth" }, series, TODAY).status).toBe("off-track");
    expect(
      evaluateTarget({ ...min(10, "2027"), kind: "growth" }, [obs("a", "2024", 300)], TODAY),
    ).toMatchObject({
      status: "not-enough-data",
      reason: "no-reported-growth",
    });
  });

  it("treats a recurring commitment as met year by year, never as a level reached", () => {
    const p = evaluateTarget({ ...min(0.1, "2027"), type: "exact", kind: "recurring" }, [], TODAY);
    expect(p).toMatchObject({ status: "not-enough-data", reason: "recurring-no-report", progress: null });
  });

  it("has not enough data to judge pace without a due date, unless already achieved", () => {
    expect(
      evaluateTarget(min(500, null), [obs("a", "2022-07", 60), obs("b", "2023-12", 160)], TODAY).status,
    ).toBe("not-enough-data");
    expect(
      evaluateTarget(min(500, null), [obs("a", "2022-07", 60), obs("b", "2024-10", 600)], TODAY).status,
    ).toBe("achieved");
  });
});

describe("evaluateTarget on area series", () => {
  it("uses a series that covers one area throughout, but never mixes areas", () => {
    // The autonomous-driving zone's area is only ever reported for Yizhuang.
    const zone = [
      obs("a", "2022-07", 60, { district: "bda" }),
      obs("b", "2024-10", 600, { district: "bda" }),
    ];
    expect(evaluateTarget(min(500, null), zone, TODAY).status).toBe("achieved");
    const mixed = [obs("a", "2022", 60, { district: "bda" }), obs("b", "2024", 600, { district: "haidian" })];
    expect(evaluateTarget(min(500, null), mixed, TODAY).status).toBe("not-enough-data");
  });
});

describe("isStale", () => {
  it("marks a figure older than its update cycle", () => {
    // A 2025 annual figure is expected again by the end of 2026; a 2024 one was due by the end of 2025.
    expect(isStale("2025", 12, TODAY)).toBe(false);
    expect(isStale("2024", 12, TODAY)).toBe(true);
    expect(isStale("2022-10-31", 12, TODAY)).toBe(true);
    expect(isStale("2022", null, TODAY)).toBe(false);
  });
});

/**
 * The status rules as a table of cases on a fixed date (24 Nov 2026): each row names the rule of
 * STATUS_RULES that must decide it, so a change to the method shows up here case by case.
 */
describe("the status rules, case by case", () => {
  const growth = (value: number, due: string | null) => ({ ...min(value, due), kind: "growth" as const });
  const recurring = (due: string) => ({
    ...min(0.1, due),
    type: "exact" as const,
    kind: "recurring" as const,
  });
  const rate = (asOf: string, pct: number) => obs(asOf, asOf, 300, { reportedGrowthPct: pct });
  const cases = [
    [
      "level met before its date",
      min(300, "2027"),
      [obs("a", "2023", 250), obs("b", "2025", 310)],
      "achieved",
      "level-met",
    ],
    [
      "level met after its date",
      min(100, "2023"),
      [obs("a", "2021", 10), obs("b", "2024-03", 103)],
      "achieved",
      "level-met",
    ],
    [
      "level met, no date",
      min(500, null),
      [obs("a", "2023-12", 160), obs("b", "2024-10", 600)],
      "achieved",
      "level-met",
    ],
    [
      "level missed at its date",
      min(100, "2023"),
      [obs("a", "2021", 10), obs("b", "2023", 50)],
      "off-track",
      "missed",
    ],
    [
      "level past its date, last figure before it",
      min(100, "2023"),
      [obs("a", "2021", 10), obs("b", "2022", 90)],
      "overdue",
      "overdue",
    ],
    ["level past its date, no figure", min(100, "2025"), [], "overdue", "overdue"],
    ["level not due, no figure", min(100, "2027"), [], "not-enough-data", "not-enough-data"],
    [
      "level not due, one figure",
      min(100, "2027"),
      [obs("a", "2024", 50)],
      "not-enough-data",
      "not-enough-data",
    ],
    [
      "level, no date, not met",
      min(500, null),
      [obs("a", "2022-07", 60), obs("b", "2023-12", 160)],
      "not-enough-data",
      "not-enough-data",
    ],
    [
      "level on pace",
      min(146, "2028-12-31"),
      [obs("a", "2023-12-31", 100), obs("b", "2025-12-31", 121)],
      "on-track",
      "on-track",
    ],
    [
      "level a little slow",
      min(124, "2028-12-31"),
      [obs("a", "2022-12-31", 100), obs("b", "2025-12-31", 110)],
      "needs-attention",
      "needs-attention",
    ],
    [
      "level far behind",
      min(300, "2028-12-31"),
      [obs("a", "2022-12-31", 100), obs("b", "2025-12-31", 110)],
      "off-track",
      "behind",
    ],
    [
      "growth past its date, rate only for an earlier year",
      growth(10, "2025"),
      [rate("2024", 12)],
      "overdue",
      "overdue",
    ],
    [
      "growth past its date, rate of that year met",
      growth(10, "2025"),
      [rate("2024", 12), rate("2025", 11)],
      "achieved",
      "growth-met",
    ],
    ["growth rate of the due year short", growth(10, "2025"), [rate("2025", 8)], "off-track", "missed"],
    ["growth not due, rate met", growth(10, "2027"), [rate("2025", 12)], "on-track", "on-track"],
    [
      "growth not due, rate a little short",
      growth(10, "2027"),
      [rate("2025", 8)],
      "needs-attention",
      "needs-attention",
    ],
    ["growth not due, rate far short", growth(10, "2027"), [rate("2025", 5)], "off-track", "behind"],
    [
      "growth not due, no rate",
      growth(10, "2027"),
      [obs("a", "2025", 300)],
      "not-enough-data",
      "not-enough-data",
    ],
    ["recurring, last year passed", recurring("2025"), [], "overdue", "overdue"],
    ["recurring, running", recurring("2027"), [], "not-enough-data", "not-enough-data"],
  ] as const;

  const rows = cases.map(([name, target, series, status, rule]) => ({ name, target, series, status, rule }));
  it.each(rows)("$name → $status", ({ target, series, status, rule }) => {
    const p = evaluateTarget(target, series, TODAY);
    expect({ status: p.status, rule: p.rule }).toEqual({ status, rule });
  });

  it("covers every rule of the table at least once", () => {
    const used = new Set(cases.map((c) => c[4]));
    expect(STATUS_RULES.length).toBeGreaterThan(0);
    expect(STATUS_RULES.filter((r) => !used.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("has the method page's words for every rule of every kind, in each language", () => {
    // The method page prints rulesFor(kind); a rule without a text would print a raw key.
    for (const catalog of [en, ko, zh]) {
      const texts: Record<string, Record<string, string>> = catalog.method.rules;
      for (const kind of TARGET_KINDS) {
        const ids = rulesFor(kind).map((r) => r.id);
        expect(ids.length).toBeGreaterThan(0);
        expect(Object.keys(texts[kind] ?? {}).sort()).toEqual([...ids].sort());
      }
    }
  });
});
