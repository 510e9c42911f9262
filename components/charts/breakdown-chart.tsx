import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/format/numbers";
import { paletteAt } from "@/components/ui/palette";
import { SLICE_GAP, donutSlices } from "./donut-geometry";

/**
 * A share-of-total breakdown (e.g. named platforms by sector), rendered on the server: a ring drawn as
 * one image named by `label`, and beside it the legend, a list of every part with its count, which is
 * the ring's text alternative. Its download (chart-export.ts, donutSvg) draws the same slices and legend.
 */
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
  const slices = donutSlices(items.map((i) => i.value));
  return (
    <div className="flex flex-col items-center gap-4 sm:flex-row" data-testid={testId}>
      <svg viewBox="0 0 100 100" role="img" aria-label={label} className="h-48 w-48 shrink-0">
        {slices.map((s, i) =>
          s.path ? (
            <path
              key={items[i]?.name ?? i}
              d={s.path}
              className={`${paletteAt(i).fill} stroke-white dark:stroke-dark-tremor-background`}
              strokeWidth={SLICE_GAP}
            />
          ) : null,
        )}
      </svg>
      <ul className="max-w-xs space-y-1 text-sm" data-testid="breakdown-legend">
        {items.map((item, i) => (
          <li key={item.name} className="flex items-center gap-2">
            <span aria-hidden className={`h-2.5 w-2.5 shrink-0 rounded-full ${paletteAt(i).bg}`} />
            <span>
              {item.name} <span className="tabular-nums">({formatNumber(item.value, locale)})</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
