/**
 * Everything a time chart draws, as geometry: the plot box, gridlines, axis ticks and their labels, the
 * target lines, the segments between points, each point's marks, the placed value labels and the legend of
 * the marks used. The chart on screen (series-drawing.tsx) and the downloaded file (series-svg.ts) both
 * paint this one layout, so they cannot drift. Pure functions: no DOM, no React.
 */
import { usedMarks, type ChartMark, type PointShape } from "@/lib/queries/chart-marks";
import type { SeriesChartData } from "@/lib/queries/charts";
import {
  LABEL_SIZE,
  MARKER_RADIUS,
  placeLabels,
  plotBox,
  scale,
  textWidth,
  type Anchor,
  type LabelSpot,
  type Plot,
} from "./chart-layout";

/** What paints a shape: the series colour, the card's background, or nothing. */
export type Paint = "series" | "background" | "none";

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One circle of a point's mark; `marker` is the main one (tests and tools find points by it). */
export interface MarkCircle {
  r: number;
  fill: Paint;
  /** 0: no outline. */
  strokeWidth: number;
  dash?: string;
  marker?: boolean;
}

export interface TickText {
  x: number;
  y: number;
  anchor: Anchor;
  label: string;
}

export interface PointGeometry {
  id: string;
  x: number;
  y: number;
  shape: PointShape;
  uncertain: boolean;
  circles: MarkCircle[];
  label: string;
  spot: LabelSpot;
}

export interface TargetGeometry {
  id: string;
  line: Line;
  /** The short upright stroke at the due date. */
  cap: Line;
  label: string;
  spot: LabelSpot;
}

export interface LegendEntry {
  mark: ChartMark;
  label: string;
}

export interface SeriesGeometry {
  width: number;
  height: number;
  plot: Plot;
  /** Horizontal lines at the value ticks, vertical ones between the labelled periods. */
  grid: Line[];
  /** The time axis' base line. */
  axis: Line;
  xTicks: TickText[];
  yTicks: TickText[];
  targets: TargetGeometry[];
  /** From each point to the next; dashed when the later figure is less certain. */
  segments: (Line & { id: string; dashed: boolean })[];
  points: PointGeometry[];
  legend: LegendEntry[];
}

/** Grid and target greys that read on both the light and the dark card (and on a file's white or black). */
export const GRID = "#9ca3af";
export const GRID_OPACITY = 0.35;
export const TARGET = "#6b7280";
export const SEGMENT_WIDTH = 2;
export const SEGMENT_DASH = "5 4";
export const TARGET_WIDTH = 1.5;
const MIN_TICK_GAP = 8;
const CAP_HALF = 4;

/** Two decimals are finer than any screen: the same numbers, shorter files. */
const round = (v: number) => Math.round(v * 100) / 100;

/** The circles of one point's mark: filled (exact), a ring with a dot (about), hollow (a bound). */
export function markCircles(shape: PointShape, uncertain: boolean): MarkCircle[] {
  const filled = shape === "exact";
  return [
    ...(uncertain ? [{ r: MARKER_RADIUS + 3.5, fill: "none" as const, strokeWidth: 1, dash: "2 2" }] : []),
    { r: MARKER_RADIUS, fill: filled ? "series" : "background", strokeWidth: filled ? 1 : 2, marker: true },
    ...(shape === "approximate" ? [{ r: 1.75, fill: "series" as const, strokeWidth: 0 }] : []),
  ];
}

/**
 * The time labels that fit: the first and the last always, those between only when they keep a gap from
 * the one before; each is kept inside the chart's width.
 */
function timeTicks(chart: SeriesChartData, sx: (v: number) => number, y: number, width: number) {
  const all = chart.x.ticks.map((t) => {
    const w = textWidth(t.label);
    const x = Math.min(Math.max(sx(t.value), w / 2), width - w / 2);
    return { x: round(x), y, anchor: "middle" as const, label: t.label, w };
  });
  const kept: typeof all = [];
  for (const [i, t] of all.entries()) {
    const prev = kept.at(-1);
    const fits = !prev || t.x - t.w / 2 >= prev.x + prev.w / 2 + MIN_TICK_GAP;
    if (fits) kept.push(t);
    else if (i === all.length - 1 && kept.length > 1) kept[kept.length - 1] = t;
  }
  return kept.map((t): TickText => ({ x: t.x, y: t.y, anchor: t.anchor, label: t.label }));
}

/** The layout of a series chart at `width` × `height` px. */
export function seriesLayout(chart: SeriesChartData, width: number, height: number): SeriesGeometry {
  const yAxisWidth = Math.ceil(Math.max(20, ...chart.y.ticks.map((t) => textWidth(t.label)))) + 8;
  const plot = plotBox(width, height, yAxisWidth);
  const right = plot.left + plot.width;
  const bottom = plot.top + plot.height;
  const sx = (v: number) => round(scale(chart.x.domain, [plot.left, right])(v));
  const sy = (v: number) => round(scale(chart.y.domain, [bottom, plot.top])(v));
  const [x0, x1] = chart.x.domain;
  const points = chart.points.map((p) => ({ p, x: sx(p.x), y: sy(p.y) }));
  const targets = chart.targets.map((t) => ({ t, x1: sx(t.x1), x2: sx(t.x2), y: sy(t.y) }));
  const spots = placeLabels({
    plot,
    width,
    points: points.map((q) => ({ x: q.x, y: q.y, label: q.p.label })),
    targets: targets.map((q) => ({ x1: q.x1, x2: q.x2, y: q.y, label: q.t.label })),
  });
  const spotAt = (s: LabelSpot | undefined): LabelSpot =>
    s ? { x: round(s.x), y: round(s.y), anchor: s.anchor } : { x: 0, y: 0, anchor: "middle" };
  return {
    width,
    height,
    plot,
    grid: [
      ...chart.y.ticks.map((t) => ({ x1: plot.left, y1: sy(t.value), x2: right, y2: sy(t.value) })),
      ...chart.x.grid
        .filter((g) => g > x0 && g < x1)
        .map((g) => ({ x1: sx(g), y1: plot.top, x2: sx(g), y2: bottom })),
    ],
    axis: { x1: plot.left, y1: bottom, x2: right, y2: bottom },
    xTicks: timeTicks(chart, sx, bottom + 17, width),
    yTicks: chart.y.ticks.map((t) => ({
      x: plot.left - 6,
      y: round(sy(t.value) + 4),
      anchor: "end",
      label: t.label,
    })),
    targets: targets.map((q, i) => ({
      id: q.t.id,
      line: { x1: q.x1, y1: q.y, x2: q.x2, y2: q.y },
      cap: { x1: q.x2, y1: q.y - CAP_HALF, x2: q.x2, y2: q.y + CAP_HALF },
      label: q.t.label,
      spot: spotAt(spots.targets[i]),
    })),
    segments: points.slice(1).flatMap((q, i) => {
      const from = points[i];
      return from ? [{ id: q.p.id, x1: from.x, y1: from.y, x2: q.x, y2: q.y, dashed: q.p.uncertain }] : [];
    }),
    points: points.map((q, i) => ({
      id: q.p.id,
      x: q.x,
      y: q.y,
      shape: q.p.shape,
      uncertain: q.p.uncertain,
      circles: markCircles(q.p.shape, q.p.uncertain),
      label: q.p.label,
      spot: spotAt(spots.points[i]),
    })),
    legend: legendOf(chart),
  };
}

/** The legend: one entry for each mark the drawing uses, none for the others. */
export function legendOf(chart: SeriesChartData): LegendEntry[] {
  return usedMarks(chart.points, chart.targets).map((mark) => ({ mark, label: chart.markLabels[mark] }));
}

/** A legend glyph: its box, its lines (in the series colour, or the target grey) and its marks. */
export interface Glyph {
  width: number;
  height: number;
  lines: (Line & { dashed?: boolean })[];
  lineRole: "series" | "target";
  marks: { cx: number; cy: number; circles: MarkCircle[] }[];
}

export function glyphOf(mark: ChartMark): Glyph {
  if (mark === "uncertain")
    return {
      width: 34,
      height: 18,
      lines: [{ x1: 1, y1: 9, x2: 17, y2: 9, dashed: true }],
      lineRole: "series",
      marks: [{ cx: 25, cy: 9, circles: markCircles("exact", true) }],
    };
  if (mark === "target")
    return {
      width: 22,
      height: 14,
      lines: [
        { x1: 1, y1: 7, x2: 20, y2: 7 },
        { x1: 20, y1: 3, x2: 20, y2: 11 },
      ],
      lineRole: "target",
      marks: [],
    };
  return {
    width: 14,
    height: 14,
    lines: [],
    lineRole: "series",
    marks: [{ cx: 7, cy: 7, circles: markCircles(mark, false) }],
  };
}

/** Legend entries placed in rows across `width` (for a file; the page lets its own text flow). */
export function legendRows(entries: readonly LegendEntry[], width: number, size = LABEL_SIZE + 1) {
  const rowHeight = 22;
  let x = 0;
  let y = 0;
  const placed = entries.map((e) => {
    const glyph = glyphOf(e.mark);
    const w = glyph.width + 6 + textWidth(e.label, size);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    const at = { ...e, glyph, x, y };
    x += w + 16;
    return at;
  });
  return { placed, height: entries.length === 0 ? 0 : y + rowHeight };
}
