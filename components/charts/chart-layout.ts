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

/** The plot area recharts uses for this size, margins, y-axis width and x-axis height. */
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

/** Estimated width of a text at `size` px: CJK characters are square, others about 0.58 em. */
export function textWidth(text: string, size = LABEL_SIZE): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x1100 && code <= 0xffdc ? 1 : ch === " " ? 0.3 : 0.58;
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
 * Places target labels first (above their line at its end, else below, else at its start), then each
 * point's value label above the marker, else below it, else whichever spot overlaps least.
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
  // Target lines are obstacles for value labels; target labels are placed beside their own line.
  const lines: Box[] = targets.map((t) => ({ left: t.x1, right: t.x2, top: t.y - 1, bottom: t.y + 1 }));
  const taken: Box[] = [];
  // Labels may reach into the right margin, never over the value axis's labels.
  const minX = plot.left - 2;
  const maxX = width - 2;
  const free = (box: Box) =>
    box.top >= 0 && box.bottom <= plot.top + plot.height + 2 && !markers.some((m) => overlaps(m, box));
  const clashes = (box: Box) => taken.filter((t) => overlaps(t, box)).length + (free(box) ? 0 : 1);
  const choose = (candidates: LabelSpot[], textW: number): LabelSpot => {
    let best = candidates[0] ?? { x: 0, y: 0, anchor: "middle" };
    let bestScore = Infinity;
    for (const c of candidates) {
      const score = clashes(boxOf(c, textW));
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
      if (score === 0) break;
    }
    taken.push(boxOf(best, textW));
    return best;
  };

  const targetSpots = targets.map((t) => {
    const w = textWidth(t.label);
    const end: Pick<LabelSpot, "x" | "anchor"> =
      t.x2 - w < plot.left ? { x: plot.left + 2, anchor: "start" } : { x: t.x2, anchor: "end" };
    const start: Pick<LabelSpot, "x" | "anchor"> = { x: plot.left + 2, anchor: "start" };
    return choose(
      [
        { ...end, y: t.y - 5 },
        { ...end, y: t.y + LABEL_SIZE + 3 },
        { ...start, y: t.y - 5 },
        { ...start, y: t.y + LABEL_SIZE + 3 },
        { ...end, y: t.y - 5 - r },
        { ...end, y: t.y + LABEL_SIZE + 3 + r },
      ],
      w,
    );
  });

  taken.push(...lines);
  const pointSpots = points.map((p, i) => {
    const w = textWidth(p.label);
    const h = horizontal(p.x, w, minX, maxX);
    // Markers other than this point's own are obstacles; its own marker sits between the two spots.
    const own = markers[i];
    if (own) markers.splice(i, 1);
    const spot = choose(
      [
        { ...h, y: p.y - r - 3 },
        { ...h, y: p.y + r + LABEL_SIZE + 1 },
      ],
      w,
    );
    if (own) markers.splice(i, 0, own);
    return spot;
  });
  return { points: pointSpots, targets: targetSpots };
}
