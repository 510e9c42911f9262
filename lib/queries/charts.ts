import { compareDates, formatPartialDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/domain/codes";
import type { IndicatorView } from "@/lib/queries/views";

export interface ChartSeries {
  /** Category key used in rows, the indicator's label. */
  key: string;
  indicator: string;
}

export interface ChartTable {
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
  /** The x key in each row. */
  x: "period";
}

/**
 * Lines up several indicators' city-level observations by date, one column per indicator. Each indicator
 * stays its own series: values are never merged across definitions.
 */
export function seriesTable(
  indicators: IndicatorView[],
  locale: Locale,
  byYear = false,
  /** A target drawn as a flat line up to its date, which is added to the axis. */
  target?: { label: string; value: number; due: string | null },
): ChartTable {
  const periods = new Map<string, Record<string, string | number | null>>();
  if (target?.due) {
    const key = byYear ? target.due.slice(0, 4) : target.due;
    periods.set(key, { period: byYear ? key : formatPartialDate(key, locale) });
  }
  for (const ind of indicators) {
    for (const o of ind.observations) {
      if (o.district !== null && ind.observations.some((x) => x.district === null)) continue;
      const key = byYear ? o.asOf.slice(0, 4) : o.asOf;
      const row = periods.get(key) ?? { period: byYear ? key : formatPartialDate(key, locale) };
      row[ind.label] = o.value;
      periods.set(key, row);
    }
  }
  const rows = [...periods.entries()].sort(([a], [b]) => compareDates(a, b)).map(([, row]) => row);
  for (const row of rows) for (const ind of indicators) if (!(ind.label in row)) row[ind.label] = null;
  const series = indicators.map((i) => ({ key: i.label, indicator: i.id }));
  if (target) {
    // A line chart draws the target as a level up to its date; a bar chart as one bar at its year.
    const dueKey = target.due
      ? byYear
        ? target.due.slice(0, 4)
        : formatPartialDate(target.due, locale)
      : null;
    for (const row of rows) row[target.label] = !byYear || row.period === dueKey ? target.value : null;
    series.push({ key: target.label, indicator: "target" });
  }
  return { rows, series, x: "period" };
}
