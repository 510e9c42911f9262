import { describe, expect, it } from "vitest";
import type { SeriesChartData } from "@/lib/queries/charts";
import { textWidth } from "./chart-layout";
import { legendOf, legendRows, markCircles, seriesLayout } from "./series-layout";
import { fixtureChart, fixtureCharts } from "./test-charts";

const charts = fixtureCharts();
const fleet = fixtureChart("ad-vehicles");

describe("the marks of a point", () => {
  it("fills an exact figure, rings an approximation with a dot, leaves a bound hollow", () => {
    expect(markCircles("exact", false)).toEqual([{ r: 4.5, fill: "series", strokeWidth: 1, marker: true }]);
    expect(markCircles("approximate", false).map((c) => c.fill)).toEqual(["background", "series"]);
    expect(markCircles("bound", false).map((c) => c.fill)).toEqual(["background"]);
  });

  it("adds a dashed ring around a less certain figure", () => {
    const [ring, main] = markCircles("bound", true);
    expect(ring).toMatchObject({ fill: "none", dash: "2 2" });
    expect(main?.marker).toBe(true);
  });
});

describe("the legend", () => {
  const only = (points: SeriesChartData["points"], targets: SeriesChartData["targets"] = []) =>
    legendOf({ ...fleet, points, targets }).map((e) => e.mark);

  it("has an entry for each kind of mark drawn and none for the others", () => {
    const exact = fleet.points.map((p) => ({ ...p, shape: "exact" as const, uncertain: false }));
    expect(only(exact)).toEqual(["exact"]);
    expect(only(exact.map((p, i) => (i === 0 ? { ...p, uncertain: true } : p)))).toEqual([
      "exact",
      "uncertain",
    ]);
    expect(only(exact.map((p) => ({ ...p, shape: "bound" as const })))).toEqual(["bound"]);
    const target = { id: "t", y: 1, x1: fleet.x.domain[0], x2: fleet.x.domain[1], due: null, label: "T" };
    expect(only(exact, [target])).toEqual(["exact", "target"]);
    expect(only([])).toEqual([]);
  });

  it("names each entry in the reader's words and wraps its rows to the width", () => {
    const entries = legendOf(fleet);
    expect(entries.map((e) => e.label)).toContain("approximate (“about …”)");
    const { placed, height } = legendRows(entries, 600);
    for (const p of placed) expect(p.x + p.glyph.width + 6 + textWidth(p.label, 12)).toBeLessThanOrEqual(600);
    expect(new Set(placed.map((p) => p.y)).size).toBeGreaterThan(1);
    expect(height).toBe(22 * new Set(placed.map((p) => p.y)).size);
  });
});

describe("the layout at a phone's width", () => {
  it.each(charts.map((c) => [c.indicator, c] as const))(
    "keeps %s inside its box: points, value labels and time labels",
    (_, chart) => {
      const width = 300;
      const g = seriesLayout(chart, width, 190);
      for (const p of g.points) {
        expect(p.x).toBeGreaterThanOrEqual(g.plot.left);
        expect(p.x).toBeLessThanOrEqual(g.plot.left + g.plot.width);
      }
      const box = (x: number, w: number, anchor: string) =>
        anchor === "start" ? [x, x + w] : anchor === "end" ? [x - w, x] : [x - w / 2, x + w / 2];
      for (const p of g.points) {
        const [l = 0, r = 0] = box(p.spot.x, textWidth(p.label), p.spot.anchor);
        expect(l).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(width);
      }
      const ticks = g.xTicks.map((t) => box(t.x, textWidth(t.label), t.anchor));
      for (const [i, [l = 0, r = 0]] of ticks.entries()) {
        expect(l).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(width);
        const next = ticks[i + 1];
        if (next) expect(next[0] ?? 0).toBeGreaterThan(r);
      }
    },
  );

  const withTicks = (fractions: [number, string][]): SeriesChartData => {
    const [d0, d1] = fleet.x.domain;
    return {
      ...fleet,
      x: { ...fleet.x, ticks: fractions.map(([f, label]) => ({ value: d0 + f * (d1 - d0), label })) },
    };
  };

  it("keeps the first and the last time label when it must drop one between", () => {
    const g = seriesLayout(
      withTicks([
        [0.1, "2022"],
        [0.9, "2023"],
        [0.97, "2024"],
      ]),
      300,
      190,
    );
    expect(g.xTicks.map((t) => t.label)).toEqual(["2022", "2024"]);
  });

  it("moves a long time label at the axis' ends inside the chart", () => {
    const g = seriesLayout(
      withTicks([
        [0, "January 2022"],
        [1, "December 2024"],
      ]),
      300,
      190,
    );
    const [first, last] = g.xTicks;
    expect((first?.x ?? 0) - textWidth("January 2022") / 2).toBeGreaterThanOrEqual(-0.01);
    expect((last?.x ?? 0) + textWidth("December 2024") / 2).toBeLessThanOrEqual(300.01);
  });
});
