import { useLocale } from "next-intl";
import { formatNumber } from "@/lib/format/numbers";

/**
 * Horizontal bars of counts (e.g. measures by status), rendered on the server as a list: each item reads
 * as its name and its number; the bar, scaled to the largest count, is for the eye.
 */
export function CountBarList({
  items,
  testId,
}: {
  items: { name: string; value: number }[];
  testId?: string;
}) {
  const locale = useLocale();
  const max = Math.max(0, ...items.map((i) => i.value));
  return (
    <ul className="space-y-1.5" data-testid={testId}>
      {items.map((item) => (
        <li key={item.name} className="flex items-center gap-3 text-sm">
          <span className="relative flex h-8 min-w-0 flex-1 items-center">
            <span
              aria-hidden
              className="absolute inset-y-0 left-0 rounded-tremor-small bg-tremor-brand-subtle/60 dark:bg-dark-tremor-brand-muted"
              style={{ width: `${max > 0 ? (item.value / max) * 100 : 0}%` }}
            />
            <span className="ink-emphasis relative truncate px-2">{item.name}</span>
          </span>
          <span className="ink-strong tabular-nums">{formatNumber(item.value, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
