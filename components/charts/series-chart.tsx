"use client";

import { BarChart, LineChart } from "@tremor/react";
import { useLocale } from "next-intl";
import { formatAxisValue } from "@/lib/format/format";
import type { Unit } from "@/lib/domain/codes";

const COLORS = ["blue", "emerald", "violet", "amber", "rose", "cyan"];

export interface SeriesChartProps {
  rows: Record<string, string | number | null>[];
  categories: string[];
  type: "line" | "bar";
  /** The series' unit: values are written in its scale ("186 billion", "1860억"). */
  unit: Unit;
  /** The unit word, shown as the axis label. */
  unitLabel: string;
  height?: string;
  testId?: string;
  /** Category drawn as the target (grey). */
  targetKey?: string;
}

/** A time-series chart; each category is one series of one definition. */
export function SeriesChart({
  rows,
  categories,
  type,
  unit,
  unitLabel,
  height = "h-64",
  testId,
  targetKey,
}: SeriesChartProps) {
  const locale = useLocale();
  const valueFormatter = (v: number) => formatAxisValue(v, unit, locale);
  const common = {
    data: rows,
    index: "period",
    categories,
    colors: categories.map((c, i) => (c === targetKey ? "gray" : (COLORS[i % COLORS.length] ?? "blue"))),
    valueFormatter,
    yAxisWidth: 64,
    showAnimation: false,
    className: height,
    yAxisLabel: unitLabel || undefined,
    connectNulls: true,
  } as const;
  return (
    <div data-testid={testId} role="img" aria-label={`${categories.join(", ")} (${unitLabel})`}>
      {type === "line" ? <LineChart {...common} /> : <BarChart {...common} />}
    </div>
  );
}
