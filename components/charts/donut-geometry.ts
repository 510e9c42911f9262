/**
 * The slices of a ring (donut) as SVG paths, in a 100 × 100 box centred on (50, 50). Slices start at 12
 * o'clock and run clockwise in the order given; a slice of the whole ring is drawn as two halves (one arc
 * cannot close on itself).
 */
export interface Slice {
  path: string;
  share: number;
}

const C = 50;
/** The gap between slices, in the box's units: an outline in the background colour. */
export const SLICE_GAP = 0.6;

function point(r: number, turn: number): string {
  const a = 2 * Math.PI * turn - Math.PI / 2;
  return `${(C + r * Math.cos(a)).toFixed(3)} ${(C + r * Math.sin(a)).toFixed(3)}`;
}

function band(from: number, to: number, outer: number, inner: number): string {
  const large = to - from > 0.5 ? 1 : 0;
  return [
    `M ${point(outer, from)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(outer, to)}`,
    `L ${point(inner, to)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(inner, from)}`,
    "Z",
  ].join(" ");
}

export function donutSlices(values: readonly number[], outer = 50, inner = 32): Slice[] {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  if (total <= 0) return [];
  let at = 0;
  return values.map((v) => {
    const share = Math.max(0, v) / total;
    const from = at;
    at += share;
    const path =
      share === 0
        ? ""
        : share >= 1
          ? `${band(0, 0.5, outer, inner)} ${band(0.5, 1, outer, inner)}`
          : band(from, at, outer, inner);
    return { path, share };
  });
}
