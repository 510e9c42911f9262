import { useTranslations } from "next-intl";
import type { ChartedSeries } from "@/lib/queries/charts";
import { ChartBody } from "./chart-body";
import { SeriesDownloadBar } from "./chart-download-bar";
import { ChartSources } from "./chart-sources";
import { NumbersTable } from "./numbers-table";

/**
 * One small chart per definition, each titled with its own label and definition, its own axes and its own
 * numbers: figures of different definitions are never drawn on one axis.
 */
export function SmallMultiples({ items, path }: { items: readonly ChartedSeries[]; path: string }) {
  const t = useTranslations("charts");
  return (
    // On paper one under another, each at the size it was drawn (three side by side would print too small).
    <ul aria-label={t("smallMultiplesLabel")} className="grid gap-6 md:grid-cols-3 print:!grid-cols-1">
      {items.map((item) => {
        const { chart, sources } = item;
        return (
          <li
            key={chart.indicator}
            className="flex min-w-0 flex-col gap-2"
            data-testid={`series-${chart.indicator}`}
          >
            <div>
              <h4 className="ink-strong text-sm font-medium">{chart.label}</h4>
              <p className="ink text-xs">{chart.definition}</p>
            </div>
            <ChartBody chart={chart} height={190} />
            <SeriesDownloadBar charted={item} path={path} />
            <NumbersTable table={chart.table} />
            <div className="ink mt-auto text-xs">
              <ChartSources sources={sources} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
