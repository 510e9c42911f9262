/** Composite views for the overview page, built from the shared queries. */
import type { Dataset } from "@/lib/data/types";
import { seriesTable, type ChartTable } from "@/lib/queries/charts";
import { translator } from "@/lib/i18n/translator";
import {
  EMPTY_FILTER,
  fitDimension,
  type Filter,
  type FilterFit,
  type MeasureStatus,
} from "@/lib/filter/filter";
import { getIndicators, getMeasures } from "@/lib/queries/queries";
import { getEntities } from "@/lib/queries/entities";
import { MEASURE_STATUSES, type Locale } from "@/lib/domain/codes";
import type { IndicatorView } from "@/lib/queries/views";

/** Output figures under three definitions: shown side by side, never joined into one line. */
export const OUTPUT_SERIES = ["ai-related-output", "ai-output", "core-output"] as const;
/** The Yizhuang autonomous-driving zone's test fleet. */
export const FLEET_SERIES = ["ad-vehicles"] as const;

export interface OverviewCharts {
  output: { table: ChartTable; indicators: IndicatorView[] };
  fleet: { table: ChartTable; indicators: IndicatorView[] };
  platformsBySector: { name: string; value: number }[];
  platformsFit: { district: FilterFit; sector: FilterFit };
  measuresByStatus: { status: MeasureStatus; value: number }[];
}

function pickIndicators(all: IndicatorView[], ids: readonly string[]): IndicatorView[] {
  return ids.flatMap((id) => all.filter((i) => i.id === id && i.observations.length > 0));
}

export function getOverviewCharts(
  ds: Dataset,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): OverviewCharts {
  const indicators = getIndicators(ds, locale, { ...filter, q: "", directions: [] });
  const output = pickIndicators(indicators, OUTPUT_SERIES);
  const outputTarget = output.flatMap((i) => i.targets)[0];
  const fleet = pickIndicators(indicators, FLEET_SERIES);
  const counts = new Map<string, number>();
  const entities = getEntities(ds, locale, { ...filter, q: "" });
  for (const e of entities) {
    const key = e.sector?.name ?? e.domain;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const measures = getMeasures(ds, locale, { ...filter, q: "" });
  return {
    output: {
      table: seriesTable(
        output,
        locale,
        true,
        outputTarget && {
          label: `${translator(locale)("progress.chartTarget")}: ${outputTarget.targetText}`,
          value: outputTarget.progress.goal,
          due: outputTarget.due,
        },
      ),
      indicators: output,
    },
    fleet: { table: seriesTable(fleet, locale), indicators: fleet },
    platformsBySector: [...counts.entries()]
      .map(([name, value]) => ({ name, value }))
      .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, locale)),
    platformsFit: {
      district: fitDimension(
        ds.entities.map((e) => e.district),
        filter.districts,
      ),
      sector: fitDimension(
        ds.entities.map((e) => e.sector),
        filter.sectors,
      ),
    },
    measuresByStatus: MEASURE_STATUSES.map((status) => ({
      status,
      value: measures.filter((m) => m.status === status).length,
    })),
  };
}
