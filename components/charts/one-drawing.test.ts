/**
 * One drawing per chart: the chart on screen (rendered here to static markup, as React would draw it) and
 * the downloaded SVG are painted from the same layout, so their marks, lines and labels are the same
 * elements at the same coordinates, and both explain exactly the marks they use.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SeriesChartData } from "@/lib/queries/charts";
import { EXPORT_PLOT, seriesSvg } from "./chart-export";
import { MarkLegend } from "./mark-legend";
import SeriesDrawing from "./series-drawing";
import { TEST_FRAME, englishMarkup, fixtureChart } from "./test-charts";

const frame = TEST_FRAME;
const chartOf = fixtureChart;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  "#x27": "'",
  "#39": "'",
};
const decode = (s: string) => s.replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m);

const KEPT: Record<string, string[]> = {
  circle: ["cx", "cy", "r", "stroke-width", "stroke-dasharray"],
  line: ["x1", "y1", "x2", "y2", "stroke-dasharray"],
  text: ["x", "y", "text-anchor", "font-weight"],
};

/** Every circle, line and text of a piece of SVG, in order, with its geometry and its words. */
function shapes(svg: string): string[] {
  return [...svg.matchAll(/<(circle|line|text)\b([^>]*?)\/?>(?:([^<]*)<\/text>)?/g)].map(
    ([, tag = "", attrs = "", body]) => {
      const a = Object.fromEntries([...attrs.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      const geometry = (KEPT[tag] ?? []).map((k) => `${k}=${a[k] ?? ""}`).join(" ");
      return `${tag} ${geometry}${body === undefined ? "" : ` “${decode(body)}”`}`;
    },
  );
}

const screen = (chart: SeriesChartData, width: number, height: number) =>
  renderToStaticMarkup(createElement(SeriesDrawing, { chart, width, height }));

/** The file's chart, without its frame (title, legend, source, address). */
function fileChart(svg: string): string {
  const start = svg.indexOf('<g data-chart="series"');
  const end = svg.indexOf('<g data-legend="marks"');
  expect(start).toBeGreaterThan(0);
  return svg.slice(start, end);
}

/** The legend under a chart on the page, as the server renders it. */
const legendMarkup = (chart: SeriesChartData) => englishMarkup(createElement(MarkLegend, { chart }));

const legendOnScreen = (chart: SeriesChartData) =>
  [...legendMarkup(chart).matchAll(/<li[^>]*data-mark="([^"]+)"[^>]*>.*?<span>([^<]*)<\/span>/g)].map(
    ([, mark, label = ""]) => `${mark}: ${decode(label)}`,
  );

const legendInFile = (svg: string) =>
  [...svg.matchAll(/<g data-mark="([^"]+)">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map(
    ([, mark, label = ""]) => `${mark}: ${decode(label)}`,
  );

describe("one drawing for screen and file", () => {
  const fleet = chartOf("ad-vehicles");
  const core = chartOf("core-output");

  it.each([
    ["the fleet (every kind of point)", fleet],
    ["core output (a target line)", core],
  ])("draws %s with the same marks, lines and labels at the same places", (_, chart) => {
    const file = shapes(fileChart(seriesSvg(chart, frame)));
    const drawn = shapes(screen(chart, EXPORT_PLOT.width, EXPORT_PLOT.height));
    expect(drawn.length).toBeGreaterThan(chart.points.length * 2);
    expect(file).toEqual(drawn);
    // One value label per figure (in bold), one label per target line.
    const bold = drawn.filter((s) => s.includes("font-weight=600"));
    expect(bold.map((s) => s.slice(s.indexOf("“")))).toEqual(chart.points.map((p) => `“${p.label}”`));
    for (const t of chart.targets) expect(drawn.filter((s) => s.endsWith(`“${t.label}”`))).toHaveLength(1);
  });

  it("keeps the same drawing in dark mode: only the colours change", () => {
    expect(shapes(fileChart(seriesSvg(fleet, { ...frame, dark: true })))).toEqual(
      shapes(fileChart(seriesSvg(fleet, frame))),
    );
  });

  it("explains each mark used, and no other, on screen and in the file alike", () => {
    const all = [
      "exact: exact figure",
      "approximate: approximate (“about …”)",
      "bound: bound (“over …”, “up to …”)",
      "uncertain: dashed: medium or secondary confidence (solid: high)",
    ];
    expect(legendOnScreen(fleet)).toEqual(all);
    expect(legendInFile(seriesSvg(fleet, frame))).toEqual(all);
    // Two bounds of high confidence and a target: no filled mark, ring, dot or dash to explain.
    expect(core.points.map((p) => [p.shape, p.uncertain])).toEqual([
      ["bound", false],
      ["bound", false],
    ]);
    const coreLegend = ["bound: bound (“over …”, “up to …”)", "target: target, drawn to its due date"];
    expect(legendOnScreen(core)).toEqual(coreLegend);
    expect(legendInFile(seriesSvg(core, frame))).toEqual(coreLegend);
  });

  it("draws a legend glyph in the file as on screen", () => {
    const glyphs = (svg: string) => shapes(svg).filter((s) => !s.startsWith("text"));
    const onScreen = legendMarkup(fleet);
    const file = seriesSvg(fleet, frame);
    expect(glyphs(file.slice(file.indexOf('<g data-legend="marks"')))).toEqual(glyphs(onScreen));
  });
});
