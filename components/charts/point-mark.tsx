import type { PointShape } from "@/lib/queries/charts";
import { LABEL_SIZE, MARKER_RADIUS, type LabelSpot } from "./chart-layout";

/** Background-coloured fill, for hollow marks and the halo behind labels. */
export const BACKGROUND_FILL = "fill-tremor-background dark:fill-dark-tremor-background";
const BACKGROUND_STROKE = "stroke-tremor-background dark:stroke-dark-tremor-background";

/**
 * One point's mark, in the series colour (currentColor): filled for an exact figure, a ring with a dot for
 * an approximation ("about"), hollow for a bound ("over", "up to"); a dashed ring around it when the
 * figure is of medium or secondary confidence.
 */
export function PointMark({
  cx,
  cy,
  shape,
  uncertain,
  pointId,
}: {
  cx: number;
  cy: number;
  shape: PointShape;
  uncertain: boolean;
  /** The observation's id, on the marker for tests and tools; none for a legend glyph. */
  pointId?: string;
}) {
  const filled = shape === "exact";
  return (
    <g
      data-point={pointId}
      data-shape={pointId && shape}
      data-uncertain={pointId && (uncertain ? "true" : "false")}
    >
      {uncertain && (
        <circle
          cx={cx}
          cy={cy}
          r={MARKER_RADIUS + 3.5}
          fill="none"
          stroke="currentColor"
          strokeWidth={1}
          strokeDasharray="2 2"
        />
      )}
      <circle
        data-marker={pointId}
        cx={cx}
        cy={cy}
        r={MARKER_RADIUS}
        stroke="currentColor"
        strokeWidth={filled ? 1 : 2}
        fill={filled ? "currentColor" : undefined}
        className={filled ? undefined : BACKGROUND_FILL}
      />
      {shape === "approximate" && <circle cx={cx} cy={cy} r={1.75} fill="currentColor" />}
    </g>
  );
}

/** A text label with a halo in the background colour, so it stays legible across lines. */
export function ChartLabel({
  spot,
  text,
  strong = false,
}: {
  spot: LabelSpot;
  text: string;
  strong?: boolean;
}) {
  return (
    <text
      x={spot.x}
      y={spot.y}
      textAnchor={spot.anchor}
      fontSize={LABEL_SIZE}
      fontWeight={strong ? 600 : 500}
      strokeWidth={3}
      paintOrder="stroke"
      strokeLinejoin="round"
      className={`${BACKGROUND_STROKE} fill-tremor-content-emphasis dark:fill-dark-tremor-content-emphasis`}
    >
      {text}
    </text>
  );
}
