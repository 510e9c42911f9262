import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import type { ChangeView } from "@/lib/changes/log";
import { ChangeEntry } from "./change-entry";

/** The log grouped by day, newest first. */
export function ChangeList({
  changes,
  dayTotals,
}: {
  changes: readonly ChangeView[];
  /** Entries per day over every page of the log as filtered (a page may hold only part of a day). */
  dayTotals: ReadonlyMap<string, number>;
}) {
  const t = useTranslations("changes");
  const locale = useLocale();
  const days = new Map<string, ChangeView[]>();
  for (const c of changes) days.set(c.date, [...(days.get(c.date) ?? []), c]);
  return (
    <div className="space-y-8" data-testid="change-list">
      {[...days].map(([date, list]) => (
        <section key={date} aria-labelledby={`changes-${date}`}>
          <h2 id={`changes-${date}`} className="ink-strong text-lg font-semibold">
            {t("onDate", { date: formatPartialDate(date, locale) })}{" "}
            <span className="text-sm font-normal">
              ({t("count", { count: dayTotals.get(date) ?? list.length })})
            </span>
          </h2>
          <ol className="mt-2 divide-y divide-tremor-border dark:divide-dark-tremor-border">
            {list.map((c) => (
              <li key={c.id}>
                <ChangeEntry change={c} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
