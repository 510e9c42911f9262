import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/domain/codes";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { seriesColor } from "@/lib/ui/series-colors";
import { timeOf } from "./chart-axes";
import { usedMarks } from "./chart-marks";
import { chartedSeries, seriesChart, shapeOf } from "./charts";
import { indicatorViews } from "./indicators";
import { getOverviewCharts } from "./overview";
import { select } from "./select";
import type { IndicatorView } from "./views";

const ds = fixtureDataset();
const all = indicatorViews(select(ds, EMPTY_FILTER), "en").listed;
const view = (id: string, locale: Locale = "en"): IndicatorView => {
  const found = indicatorViews(select(ds, EMPTY_FILTER), locale).listed.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
};
const DAY = 86_400_000;

/** The fleet series with its figures moved to other dates (values and sources kept). */
function redated(dates: string[]): IndicatorView {
  const fleet = view("ad-vehicles");
  const observations = dates.flatMap((asOf, i) => {
    const o = fleet.observations[i];
    return o ? [{ ...o, id: `o-${asOf}`, asOf }] : [];
  });
  return { ...fleet, observations, targets: [] };
}

describe("time positions", () => {
  it("puts each partial date at the last day it can mean", () => {
    expect(new Date(timeOf("2022")).toISOString().slice(0, 10)).toBe("2022-12-31");
    expect(new Date(timeOf("2022-03")).toISOString().slice(0, 10)).toBe("2022-03-31");
    expect(new Date(timeOf("2024-02")).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(new Date(timeOf("2025-03-20")).toISOString().slice(0, 10)).toBe("2025-03-20");
  });

  it("spaces points in proportion to the time between them, not evenly", () => {
    const chart = seriesChart(redated(["2021-11", "2022-07", "2023-12", "2024-10"]), "en");
    const xs = chart.points.map((p) => p.x);
    const gaps = xs.slice(1).map((x, i) => (x - (xs[i] ?? 0)) / DAY);
    // 30 Nov 2021 → 31 Jul 2022 → 31 Dec 2023 → 31 Oct 2024.
    expect(gaps).toEqual([243, 518, 305]);
    const [a = 0, b = 0, c = 0] = gaps;
    expect(b / a).toBeCloseTo(518 / 243, 10);
    expect(c / a).toBeCloseTo(305 / 243, 10);
    // Evenly spaced points would have equal gaps.
    expect(new Set(gaps).size).toBe(3);
  });

  it("sorts points by date and keeps every point inside the axis", () => {
    const chart = seriesChart(redated(["2024-10", "2021-11", "2023-12", "2022-07"]), "en");
    const xs = chart.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    for (const x of xs) {
      expect(x).toBeGreaterThan(chart.x.domain[0]);
      expect(x).toBeLessThan(chart.x.domain[1]);
    }
  });
});

describe("one definition per chart", () => {
  it("never puts points of two indicators in one series", () => {
    expect(all.length).toBeGreaterThan(1);
    for (const ind of all) {
      const chart = seriesChart(ind, "en");
      const own = new Set(ds.observations.filter((o) => o.indicator === ind.id).map((o) => o.id));
      expect(chart.indicator).toBe(ind.id);
      expect(chart.points).toHaveLength(own.size);
      for (const p of chart.points) expect(own.has(p.id), `${ind.id}: ${p.id}`).toBe(true);
    }
  });

  it("drops a figure of another indicator handed to it by mistake", () => {
    const fleet = view("ad-vehicles");
    const stray = view("firms").observations[0];
    if (!stray) throw new Error("no figure");
    const chart = seriesChart({ ...fleet, observations: [...fleet.observations, stray] }, "en");
    expect(chart.points.map((p) => p.id)).not.toContain(stray.id);
    expect(chart.points).toHaveLength(fleet.observations.length);
  });

  it("gives the overview one small chart per output definition, never one shared axis", () => {
    const { output } = getOverviewCharts(ds, "en");
    expect(output.map((s) => s.chart.indicator)).toEqual(["ai-related-output", "ai-output", "core-output"]);
    for (const s of output) {
      const ids = new Set(ds.observations.filter((o) => o.indicator === s.chart.indicator).map((o) => o.id));
      expect(s.chart.points.length).toBeGreaterThan(0);
      expect(s.chart.points.every((p) => ids.has(p.id))).toBe(true);
      expect(s.chart.definition).toBe(view(s.chart.indicator).definition);
    }
  });
});

describe("targets", () => {
  const chart = seriesChart(view("core-output"), "en");

  it("draws a level target as a line at its goal up to its due date, not as a point", () => {
    expect(chart.targets).toHaveLength(1);
    const [line] = chart.targets;
    expect(line).toMatchObject({ id: "core-output-by-2025", y: 30, due: "2025", x2: timeOf("2025") });
    expect(line?.x1).toBe(chart.x.domain[0]);
    expect(line?.label).toBe("Target: 30 billion yuan by 2025");
    // The axis reaches the due date; no point is added for the target.
    expect(chart.x.domain[1]).toBeGreaterThan(timeOf("2025"));
    expect(chart.points.map((p) => p.id)).toEqual(["core-output-2023", "core-output-2024"]);
    expect(chart.points.some((p) => p.x === timeOf("2025"))).toBe(false);
    expect(usedMarks(chart.points, chart.targets)).toContain("target");
  });

  it("says in words that a growth target is a rate and is not drawn", () => {
    expect(chart.targets.map((t) => t.id)).not.toContain("core-output-growth-by-2025");
    expect(chart.notDrawn).toHaveLength(1);
    expect(chart.notDrawn[0]).toMatch(/growth rate/);
  });

  it("keeps the value axis above the goal", () => {
    // The figures (20, 25) are below the goal of 30: the axis stretches to show it.
    expect(Math.max(...chart.points.map((p) => p.y))).toBeLessThan(30);
    expect(chart.y.domain[1]).toBeGreaterThanOrEqual(30);
  });
});

describe("honest points", () => {
  const chart = seriesChart(view("ad-vehicles"), "en");
  const at = (date: string) => chart.points.find((p) => p.x === timeOf(date));

  it("flags bounds, approximations and medium or secondary confidence", () => {
    expect(at("2024-04")).toMatchObject({ label: "over 40", shape: "bound", uncertain: false });
    expect(at("2022-03")).toMatchObject({ label: "about 10", shape: "approximate", uncertain: true });
    expect(at("2023-03")).toMatchObject({ label: "20", shape: "exact", uncertain: true });
    expect(at("2023-12")).toMatchObject({ shape: "exact", confidence: "secondary", uncertain: true });
    expect(usedMarks(chart.points, chart.targets)).toEqual(["exact", "approximate", "bound", "uncertain"]);
    expect(shapeOf("under")).toBe("bound");
  });

  it("lists date, value, unit, kind of figure, confidence and source per row", () => {
    expect(chart.table.columns).toMatchObject({
      date: "Date",
      value: "Value",
      unit: "Unit",
      qualifier: "Kind of figure",
      confidence: "Confidence",
      source: "Source",
    });
    expect(chart.table.rows.find((r) => r.value === "over 40")).toMatchObject({
      date: "Apr 2024",
      unit: "vehicles",
      qualifier: "lower bound (“over”)",
      confidence: "High confidence",
      source: { id: "src-a", publisher: "Pub A" },
    });
    // A source without a known publisher says so.
    expect(chart.table.rows.find((r) => r.date === "Dec 2023")?.source.publisher).toBe(
      "publisher not recorded",
    );
  });

  it("names the series, its unit and the table in its accessible label", () => {
    expect(chart.ariaLabel).toContain(view("ad-vehicles").label);
    expect(chart.ariaLabel).toContain("(vehicles)");
    expect(chart.ariaLabel).toContain("5 figures, from Mar 2022 to Oct 2024");
    expect(chart.ariaLabel).toContain("Show the numbers");
  });

  it("writes labels and ticks in the reader's language", () => {
    const ko = seriesChart(view("ad-vehicles", "ko"), "ko");
    expect(ko.points.find((p) => p.shape === "bound")?.label).toBe("40 이상");
    expect(ko.x.ticks.map((t) => t.label)).toContain("2023년");
    const zh = seriesChart(view("core-output", "zh"), "zh");
    expect(zh.targets[0]?.label).toBe("目标：到2025年达到300亿元");
  });
});

describe("fixed colours", () => {
  it("derives a series' colour from its id alone, whatever the filter", () => {
    const all2022 = getOverviewCharts(ds, "en", { ...EMPTY_FILTER, years: [2022] }).fleet;
    const whole = getOverviewCharts(ds, "en").fleet;
    expect(all2022?.chart.points.length).toBeLessThan(whole?.chart.points.length ?? 0);
    expect(all2022?.chart.color).toEqual(whole?.chart.color);
    expect(whole?.chart.color).toEqual(seriesColor("ad-vehicles"));
  });

  it("charts only series with enough figures, each source once", () => {
    const charted = chartedSeries([view("ad-vehicles"), view("ai-output")], "en", 2);
    expect(charted.map((c) => c.chart.indicator)).toEqual(["ad-vehicles"]);
    // Five figures from three sources (Pub B's report gave three of them): each listed once, first use first.
    expect(charted[0]?.sources.map((s) => s.id)).toEqual(["src-b", "src-c", "src-a"]);
  });
});
