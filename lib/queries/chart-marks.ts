// The marks a chart draws, apart from charts.ts: the browser's chart downloads need them, and charts.ts
// words its charts with the message catalogs, which never travel in the browser's code.

/** How a point is drawn: filled (exact), ringed (about) or hollow (a bound: over or up to). */
export type PointShape = "exact" | "approximate" | "bound";

/** The marks a legend may explain. */
export type ChartMark = PointShape | "uncertain" | "target";

/** Every mark, in legend order. */
export const MARKS: readonly ChartMark[] = ["exact", "approximate", "bound", "uncertain", "target"];

/** The marks a drawing of these points and target lines uses, in legend order. */
export function usedMarks(
  points: readonly { shape: PointShape; uncertain: boolean }[],
  targets: readonly unknown[],
): ChartMark[] {
  return MARKS.filter((m) =>
    m === "uncertain"
      ? points.some((p) => p.uncertain)
      : m === "target"
        ? targets.length > 0
        : points.some((p) => p.shape === m),
  );
}
