/**
 * Pixel layout of a time chart: the plot box for a given size, linear scales, and where each value label
 * and target label goes so that none covers another label or a marker. Pure functions, no React.
 */

export const MARGIN = { top: 22, right: 14, bottom: 0, left: 4 } as const;
export const X_AXIS_HEIGHT = 26;
export const LABEL_SIZE = 11;
export const MARKER_RADIUS = 4.5;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Anchor = "start" | "middle" | "end";

export interface LabelSpot {
  /** Text position (baseline) and anchor. */
  x: number;
  y: number;
  anchor: Anchor;
}

/** The plot area for this size, margins, y-axis width and x-axis height. */
export function plotBox(width: number, height: number, yAxisWidth: number): Plot {
  const left = MARGIN.left + yAxisWidth;
  const top = MARGIN.top;
  return {
    left,
    top,
    width: Math.max(0, width - left - MARGIN.right),
    height: Math.max(0, height - top - MARGIN.bottom - X_AXIS_HEIGHT),
  };
}

export function scale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v: number) => r0 + (v - d0) * k;
}

/** Estimated width of a text at `size` px: CJK characters are square, others about 0.62 em (semibold). */
export function textWidth(text: string, size = LABEL_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x1100 && code <= 0xffdc ? 1 : ch === " " ? 0.3 : 0.62;
  }
  return em * size;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxOf(spot: LabelSpot, width: number, size = LABEL_SIZE): Box {
  const left = spot.anchor === "start" ? spot.x : spot.anchor === "end" ? spot.x - width : spot.x - width / 2;
  return { left: left - 2, right: left + width + 2, top: spot.y - size, bottom: spot.y + 3 };
}

/** Keeps a label inside the chart's width: anchored at its point unless that would run past an edge. */
function horizontal(x: number, width: number, min: number, max: number): Pick<LabelSpot, "x" | "anchor"> {
  if (x - width / 2 < min) return { x: Math.max(x - 6, min), anchor: "start" };
  if (x + width / 2 > max) return { x: Math.min(x + 6, max), anchor: "end" };
  return { x, anchor: "middle" };
}

export interface LayoutInput {
  plot: Plot;
  /** Full chart width, so labels may use the right margin. */
  width: number;
  points: { x: number; y: number; label: string }[];
  targets: { x1: number; x2: number; y: number; label: string }[];
}

/**
 * Places target labels first (beside their line, at its end or its start), then each point's value label:
 * above its marker, else below, else to the right or the left, whichever spot overlaps least. Text over
 * text costs most, then leaving the chart, then covering a marker or a target line.
 */
export function placeLabels({ plot, width, points, targets }: LayoutInput): {
  points: LabelSpot[];
  targets: LabelSpot[];
} {
  const r = MARKER_RADIUS + 2;
  const markers: Box[] = points.map((p) => ({
    left: p.x - r,
    right: p.x + r,
    top: p.y - r,
    bottom: p.y + r,
  }));
  const lines: Box[] = targets.map((t) => ({ left: t.x1, right: t.x2, top: t.y - 1, bottom: t.y + 1 }));
  const labels: Box[] = [];
  // Labels may reach into the right margin, never over the value axis's labels.
  const minX = plot.left - 2;
  const maxX = width - 2;
  const cost = (box: Box, own: number, ownLine: number) =>
    4 * labels.filter((l) => overlaps(l, box)).length +
    (box.top < 0 || box.bottom > plot.top + plot.height + 2 || box.left < minX || box.right > maxX ? 3 : 0) +
    markers.filter((m, i) => i !== own && overlaps(m, box)).length +
    lines.filter((l, i) => i !== ownLine && overlaps(l, box)).length;
  const choose = (candidates: LabelSpot[], text: string, own = -1, ownLine = -1): LabelSpot => {
    const w = textWidth(text);
    let best = candidates[0] ?? { x: 0, y: 0, anchor: "middle" };
    let bestCost = Infinity;
    for (const c of candidates) {
      const score = cost(boxOf(c, w), own, ownLine);
      if (score < bestCost) {
        best = c;
        bestCost = score;
      }
      if (score === 0) break;
    }
    labels.push(boxOf(best, w));
    return best;
  };

  const targetSpots = targets.map((t, i) => {
    const w = textWidth(t.label);
    const end: Pick<LabelSpot, "x" | "anchor"> =
      t.x2 - w < plot.left ? { x: plot.left + 2, anchor: "start" } : { x: t.x2, anchor: "end" };
    const start: Pick<LabelSpot, "x" | "anchor"> = { x: plot.left + 2, anchor: "start" };
    const above = t.y - 5;
    const below = t.y + LABEL_SIZE + 3;
    return choose(
      [
        { ...end, y: above },
        { ...end, y: below },
        { ...start, y: above },
        { ...start, y: below },
        { ...end, y: above - r },
        { ...end, y: below + r },
      ],
      t.label,
      -1,
      i,
    );
  });

  const pointSpots = points.map((p, i) => {
    const w = textWidth(p.label);
    const h = horizontal(p.x, w, minX, maxX);
    const side = p.y + LABEL_SIZE / 2 - 1;
    return choose(
      [
        { ...h, y: p.y - r - 3 },
        { ...h, y: p.y + r + LABEL_SIZE + 1 },
        { x: p.x + r + 2, y: side, anchor: "start" },
        { x: p.x - r - 2, y: side, anchor: "end" },
      ],
      p.label,
      i,
    );
  });
  return { points: pointSpots, targets: targetSpots };
}
