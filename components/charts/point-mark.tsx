import { LABEL_SIZE, type LabelSpot } from "./chart-layout";
import type { MarkCircle, Paint } from "./series-layout";

/** Background-coloured fill, for hollow marks and the halo behind labels. */
export const BACKGROUND_FILL = "fill-tremor-background dark:fill-dark-tremor-background";
const BACKGROUND_STROKE = "stroke-tremor-background dark:stroke-dark-tremor-background";

const fillOf = (paint: Paint) =>
  paint === "series"
    ? { fill: "currentColor" }
    : paint === "background"
      ? { className: BACKGROUND_FILL }
      : { fill: "none" };

/**
 * One point's mark as the layout gives it (series-layout.ts, markCircles), in the series colour
 * (currentColor) with the card's background inside hollow rings. `point` names the observation for tests
 * and tools; a legend glyph has none.
 */
export function PointMark({
  cx,
  cy,
  circles,
  point,
}: {
  cx: number;
  cy: number;
  circles: readonly MarkCircle[];
  point?: { id: string; shape: string; uncertain: boolean };
}) {
  return (
    <g
      data-point={point?.id}
      data-shape={point?.shape}
      data-uncertain={point && (point.uncertain ? "true" : "false")}
    >
      {circles.map((c, i) => (
        <circle
          key={i}
          data-marker={c.marker ? point?.id : undefined}
          cx={cx}
          cy={cy}
          r={c.r}
          stroke={c.strokeWidth > 0 ? "currentColor" : undefined}
          strokeWidth={c.strokeWidth > 0 ? c.strokeWidth : undefined}
          strokeDasharray={c.dash}
          {...fillOf(c.fill)}
        />
      ))}
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
