"use client";

import { DonutChart, Legend } from "@tremor/react";
import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/format/format";

const COLORS = [
  "blue",
  "emerald",
  "violet",
  "amber",
  "rose",
  "cyan",
  "indigo",
  "lime",
  "fuchsia",
  "orange",
  "teal",
  "pink",
  "sky",
  "slate",
];

/** A share-of-total breakdown (e.g. named platforms by sector) with a legend. */
export function BreakdownChart({
  items,
  label,
  testId,
}: {
  items: { name: string; value: number }[];
  label: string;
  testId?: string;
}) {
  const locale = useLocale();
  const colors = COLORS.slice(0, items.length);
  return (
    <div className="flex flex-col items-center gap-4 sm:flex-row" data-testid={testId}>
      <DonutChart
        data={items}
        category="value"
        index="name"
        colors={colors}
        valueFormatter={(v: number) => formatNumber(v, locale)}
        showAnimation={false}
        className="h-48 w-48 shrink-0"
        aria-label={label}
      />
      <Legend
        categories={items.map((i) => `${i.name} (${formatNumber(i.value, locale)})`)}
        colors={colors}
        className="max-w-xs"
      />
    </div>
  );
}
