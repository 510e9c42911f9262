/** Composite views for the overview page, built from one selection. */
import type { Dataset } from "@/lib/data/types";
import { MEASURE_STATUSES, type Locale, type MeasureStatus } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Filter, type Unbroken } from "@/lib/filter/filter";
import { chartedSeries, type ChartedSeries } from "./charts";
import { entityViews } from "./entities";
import { indicatorViews } from "./indicators";
import { measureViews } from "./measures";
import { select } from "./select";
import type { IndicatorView } from "./views";

/** Output figures under three definitions: one small chart each, never joined into one line or one set of bars. */
export const OUTPUT_SERIES = ["ai-related-output", "ai-output", "core-output"] as const;
/** The list the platforms chart breaks down. */
export const PLATFORM_LIST = "national-open-platforms";
/** The Yizhuang autonomous-driving zone's test fleet. */
export const FLEET_SERIES = ["ad-vehicles"] as const;

export interface OverviewCharts {
  /** One small chart per output definition that has a figure in the selection, in OUTPUT_SERIES order. */
  output: ChartedSeries[];
  /** The fleet's one series, or null when the selection leaves no figure of it. */
  fleet: ChartedSeries | null;
  platformsBySector: { name: string; value: number }[];
  /** Active filter dimensions that the platforms could not be narrowed on. */
  platformsUnbroken: Unbroken;
  measuresByStatus: { status: MeasureStatus; value: number }[];
  /** How many measures the filter leaves, of how many there are. */
  measureCount: { shown: number; total: number };
}

function pickIndicators(all: IndicatorView[], ids: readonly string[]): IndicatorView[] {
  return ids.flatMap((id) => all.filter((i) => i.id === id && i.observations.length > 0));
}

export function getOverviewCharts(
  ds: Dataset,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): OverviewCharts {
  const sel = select(ds, { ...filter, directions: [] });
  const indicators = indicatorViews(sel, locale).listed;
  const output = pickIndicators(indicators, OUTPUT_SERIES);
  const fleet = pickIndicators(indicators, FLEET_SERIES);
  const counts = new Map<string, number>();
  const entities = entityViews(sel, locale).filter((e) => e.list === PLATFORM_LIST);
  for (const e of entities) {
    const key = e.sector?.name ?? e.domain;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const measures = measureViews(sel, locale);
  return {
    output: chartedSeries(output, locale),
    fleet: chartedSeries(fleet, locale)[0] ?? null,
    platformsBySector: [...counts.entries()]
      .map(([name, value]) => ({ name, value }))
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, locale)),
    platformsUnbroken: [...new Set(entities.flatMap((e) => e.unbroken))],
    measuresByStatus: MEASURE_STATUSES.map((status) => ({
      status,
      value: measures.filter((m) => m.status === status).length,
    })),
    measureCount: { shown: measures.length, total: ds.measures.length },
  };
}
