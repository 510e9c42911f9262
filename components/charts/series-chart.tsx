"use client";

import dynamic from "next/dynamic";
import type { SeriesChartData } from "@/lib/queries/charts";
import { useNearViewport } from "./use-near-viewport";
import { useWidth } from "./use-width";

// The drawing code loads only when a chart comes near the viewport.
const SeriesDrawing = dynamic(() => import("./series-drawing"), { ssr: false });

/**
 * One indicator over time: a box of the chart's final size, named by the chart's description (one image
 * for assistive technology; the numbers are in the table under it), in which the drawing appears once the
 * box is near the viewport. Nothing moves when it does. Not focusable.
 */
export function SeriesChart({
  chart,
  height = 240,
  testId,
}: {
  chart: SeriesChartData;
  height?: number;
  testId?: string;
}) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const near = useNearViewport(ref);
  return (
    <div
      ref={ref}
      role="img"
      aria-label={chart.ariaLabel}
      data-testid={testId}
      data-indicator={chart.indicator}
      className={`w-full ${chart.color.className}`}
      style={{ height }}
    >
      {width > 0 && near && <SeriesDrawing chart={chart} height={height} width={width} />}
    </div>
  );
}
