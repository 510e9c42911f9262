import type { SeriesChartData } from "@/lib/queries/charts";
import { LABEL_SIZE } from "./chart-layout";
import { ChartLabel, PointMark } from "./point-mark";
import {
  GRID,
  GRID_OPACITY,
  SEGMENT_DASH,
  SEGMENT_WIDTH,
  TARGET,
  TARGET_WIDTH,
  seriesLayout,
  type Line,
} from "./series-layout";

const TICK = "fill-tremor-content dark:fill-dark-tremor-content";

const at = (l: Line) => ({ x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 });

/**
 * The drawing of one indicator over time at a measured width (SeriesChart loads it when needed): the
 * geometry of series-layout.ts, which the downloaded SVG and PNG draw too, painted as SVG elements. The
 * series is drawn in `currentColor`, set from its fixed colour; texts and greys follow light and dark mode.
 */
export default function SeriesDrawing({
  chart,
  height,
  width,
}: {
  chart: SeriesChartData;
  height: number;
  width: number;
}) {
  const g = seriesLayout(chart, width, height);
  return (
    // The image is its label; the drawing's own texts and shapes are hidden from assistive technology.
    <svg
      className="chart-drawing block"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      <g data-layer="grid" stroke={GRID} strokeOpacity={GRID_OPACITY}>
        {g.grid.map((l, i) => (
          <line key={i} {...at(l)} />
        ))}
        <line {...at(g.axis)} />
      </g>
      <g data-layer="ticks" fontSize={LABEL_SIZE} className={TICK}>
        {[...g.yTicks, ...g.xTicks].map((t, i) => (
          <text key={i} x={t.x} y={t.y} textAnchor={t.anchor}>
            {t.label}
          </text>
        ))}
      </g>
      <g data-layer="targets" stroke={TARGET} strokeWidth={TARGET_WIDTH}>
        {g.targets.map((t) => (
          <g key={t.id} data-target={t.id}>
            <line {...at(t.line)} />
            <line {...at(t.cap)} />
          </g>
        ))}
      </g>
      <g data-layer="segments" stroke="currentColor" strokeWidth={SEGMENT_WIDTH} fill="none">
        {g.segments.map((s) => (
          <line key={s.id} {...at(s)} strokeDasharray={s.dashed ? SEGMENT_DASH : undefined} />
        ))}
      </g>
      <g data-layer="marks">
        {g.points.map((p) => (
          <PointMark key={p.id} cx={p.x} cy={p.y} circles={p.circles} point={p} />
        ))}
      </g>
      {/* Labels last, so that no line crosses them. */}
      <g data-layer="labels">
        {g.targets.map((t) => (
          <ChartLabel key={t.id} spot={t.spot} text={t.label} />
        ))}
        {g.points.map((p) => (
          <ChartLabel key={p.id} spot={p.spot} text={p.label} strong />
        ))}
      </g>
    </svg>
  );
}
