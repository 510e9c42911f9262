"use client";

import { useMemo, type ReactElement } from "react";
import { CartesianGrid, ComposedChart, Customized, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import type { SeriesChartData } from "@/lib/queries/charts";
import { LABEL_SIZE, MARGIN, X_AXIS_HEIGHT, placeLabels, plotBox, scale, textWidth } from "./chart-layout";
import { ChartLabel, PointMark } from "./point-mark";

/** Grid and target greys that read on both the light and the dark card. */
const GRID = "#9ca3af";
const TARGET = "#6b7280";
const TICK = "fill-tremor-content dark:fill-dark-tremor-content";

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: number };
  textAnchor?: string;
}

function AxisTick({
  x = 0,
  y = 0,
  payload,
  labels,
  axis,
}: TickProps & { labels: Map<number, string>; axis: "x" | "y" }) {
  const label = labels.get(payload?.value ?? Number.NaN) ?? "";
  return axis === "x" ? (
    <text x={x} y={y + 12} textAnchor="middle" fontSize={LABEL_SIZE} className={TICK}>
      {label}
    </text>
  ) : (
    <text x={x - 2} y={y + 4} textAnchor="end" fontSize={LABEL_SIZE} className={TICK}>
      {label}
    </text>
  );
}

/**
 * The value labels and target labels, drawn last so that no line crosses them. Recharts hands a Customized
 * element its own props too (among them `layout`), hence the distinct prop names.
 */
function LabelLayer({ series, spots }: { series: SeriesChartData; spots: ReturnType<typeof placeLabels> }) {
  return (
    <g>
      {series.targets.map((t, i) => {
        const spot = spots.targets[i];
        return spot ? <ChartLabel key={t.id} spot={spot} text={t.label} /> : null;
      })}
      {series.points.map((p, i) => {
        const spot = spots.points[i];
        return spot ? <ChartLabel key={p.id} spot={spot} text={p.label} strong /> : null;
      })}
    </g>
  );
}

/**
 * The drawing of one indicator over time at a measured width (SeriesChart loads it when needed): a
 * numeric time axis (points spaced in proportion to their dates), a value label on every point, targets
 * as reference lines to their due dates, and marks that tell exact figures from approximations, bounds
 * and less certain figures. The series is drawn in `currentColor`, set from its fixed colour.
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
  const yAxisWidth = Math.ceil(Math.max(20, ...chart.y.ticks.map((t) => textWidth(t.label)))) + 8;
  const layout = useMemo(() => {
    const plot = plotBox(width, height, yAxisWidth);
    const sx = scale(chart.x.domain, [plot.left, plot.left + plot.width]);
    const sy = scale(chart.y.domain, [plot.top + plot.height, plot.top]);
    return placeLabels({
      plot,
      width,
      points: chart.points.map((p) => ({ x: sx(p.x), y: sy(p.y), label: p.label })),
      targets: chart.targets.map((t) => ({ x1: sx(t.x1), x2: sx(t.x2), y: sy(t.y), label: t.label })),
    });
  }, [chart, width, height, yAxisWidth]);
  const xLabels = new Map(chart.x.ticks.map((t) => [t.value, t.label]));
  const yLabels = new Map(chart.y.ticks.map((t) => [t.value, t.label]));
  const capHalf = (chart.y.domain[1] - chart.y.domain[0]) * 0.035;

  const renderMark = ({
    index,
    cx,
    cy,
  }: {
    index?: number;
    cx?: number;
    cy?: number;
  }): ReactElement<SVGElement> => {
    const point = index === undefined ? undefined : chart.points[index];
    if (!point || cx === undefined || cy === undefined) return <g key={`mark-${index ?? "none"}`} />;
    return (
      <PointMark
        key={point.id}
        cx={cx}
        cy={cy}
        shape={point.shape}
        uncertain={point.uncertain}
        pointId={point.id}
      />
    );
  };

  return (
    // The image is its label; the drawing's own texts and shapes are hidden from assistive technology.
    <div aria-hidden="true">
      <ComposedChart
        width={width}
        height={height}
        margin={MARGIN}
        data={chart.points}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={GRID} strokeOpacity={0.35} />
        {chart.x.grid.map((g) => (
          <ReferenceLine key={`grid-${g}`} x={g} stroke={GRID} strokeOpacity={0.35} />
        ))}
        <XAxis
          type="number"
          dataKey="x"
          scale="linear"
          domain={chart.x.domain}
          ticks={chart.x.ticks.map((t) => t.value)}
          tickFormatter={(v: number) => xLabels.get(v) ?? ""}
          interval="preserveStartEnd"
          minTickGap={8}
          height={X_AXIS_HEIGHT}
          tickLine={false}
          stroke={GRID}
          tick={<AxisTick labels={xLabels} axis="x" />}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={chart.y.domain}
          ticks={chart.y.ticks.map((t) => t.value)}
          interval={0}
          width={yAxisWidth}
          tickLine={false}
          axisLine={false}
          tick={<AxisTick labels={yLabels} axis="y" />}
        />
        {chart.targets.flatMap((t) => [
          <ReferenceLine
            key={`target-${t.id}`}
            segment={[
              { x: t.x1, y: t.y },
              { x: t.x2, y: t.y },
            ]}
            stroke={TARGET}
            strokeWidth={1.5}
          />,
          <ReferenceLine
            key={`target-end-${t.id}`}
            segment={[
              { x: t.x2, y: t.y - capHalf },
              { x: t.x2, y: t.y + capHalf },
            ]}
            stroke={TARGET}
            strokeWidth={1.5}
          />,
        ])}
        {chart.points.slice(1).map((p, i) => {
          const from = chart.points[i];
          return from ? (
            <Line
              key={`segment-${p.id}`}
              data={[from, p]}
              dataKey="y"
              type="linear"
              stroke="currentColor"
              strokeWidth={2}
              strokeDasharray={p.uncertain ? "5 4" : undefined}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
              legendType="none"
            />
          ) : null;
        })}
        <Line
          data={chart.points}
          dataKey="y"
          stroke="none"
          dot={renderMark}
          activeDot={false}
          isAnimationActive={false}
          legendType="none"
        />
        <Customized component={<LabelLayer series={chart} spots={layout} />} />
      </ComposedChart>
    </div>
  );
}
