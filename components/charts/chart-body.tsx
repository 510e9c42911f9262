import type { SeriesChartData } from "@/lib/queries/charts";
import { MarkLegend } from "./mark-legend";
import { SeriesChart } from "./series-chart";

/** A series chart with its unit above the value axis, targets it cannot draw, and the legend of its marks. */
export function ChartBody({ chart, height }: { chart: SeriesChartData; height?: number }) {
  return (
    <div className="flex flex-col gap-1">
      <p className="ink whitespace-nowrap text-xs" aria-hidden="true">
        {chart.unitLabel}
      </p>
      <SeriesChart chart={chart} height={height} />
      {chart.notDrawn.map((note) => (
        <p key={note} className="ink text-xs italic">
          {note}
        </p>
      ))}
      <MarkLegend chart={chart} />
    </div>
  );
}
