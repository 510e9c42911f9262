"use client";

import { BarList } from "@tremor/react";
import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/format/format";

/** Horizontal bars of counts (e.g. measures by status), formatted in the reader's locale. */
export function CountBarList({
  items,
  testId,
}: {
  items: { name: string; value: number }[];
  testId?: string;
}) {
  const locale = useLocale();
  return (
    <div data-testid={testId}>
      <BarList data={items} valueFormatter={(v: number) => formatNumber(v, locale)} showAnimation={false} />
    </div>
  );
}
