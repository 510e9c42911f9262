import { useLocale, useTranslations } from "next-intl";
import { STATUS_GROUPS, type StatusGroup } from "@/lib/domain/codes";
import { STATUS_GROUP_STYLE } from "@/lib/domain/styles";
import { Link } from "@/lib/i18n/navigation";
import type { GroupCounts } from "@/lib/queries/targets";

/**
 * Targets by status group as one bar: each group's share of the total, in the groups' fixed order. It
 * repeats the words beside it, so it is drawn for the eye only.
 */
export function StatusBar({ counts, className = "" }: { counts: GroupCounts; className?: string }) {
  if (counts.total === 0) return null;
  return (
    <div
      className={`flex h-2.5 w-full overflow-hidden rounded-tremor-full bg-tremor-background-muted dark:bg-dark-tremor-background-subtle ${className}`}
      aria-hidden
      data-testid="status-bar"
    >
      {STATUS_GROUPS.filter((g) => counts[g.id] > 0).map((g) => (
        <div
          key={g.id}
          data-group={g.id}
          className={`h-full ${STATUS_GROUP_STYLE[g.id].fill}`}
          style={{ width: `${(counts[g.id] / counts.total) * 100}%` }}
        />
      ))}
    </div>
  );
}

/** "Of 16 targets set in the policy documents, 4 are achieved; 8 have passed their date …", from the counts. */
export function StatusSentence({ counts, short = false }: { counts: GroupCounts; short?: boolean }) {
  const t = useTranslations("verdict");
  const groups = STATUS_GROUPS.filter((g) => counts[g.id] > 0);
  if (short)
    return (
      <>
        {t("short.lead", { total: counts.total })}
        {groups.map((g) => t(`short.${g.id}`, { n: counts[g.id] })).join(t("short.separator"))}
      </>
    );
  return (
    <>
      {t("lead", { total: counts.total })}
      {groups.map((g) => t(`part.${g.id}`, { n: counts[g.id] })).join(t("separator"))}
      {t("end")}
    </>
  );
}

/**
 * Each group with its icon, name and count; a count above zero links to the targets table filtered to the
 * group's statuses (and to the page's other filters, through `href`).
 */
export function StatusCounts({
  counts,
  href,
}: {
  counts: GroupCounts;
  href: (group: StatusGroup) => string;
}) {
  const t = useTranslations("verdict");
  const locale = useLocale();
  return (
    <ul
      className="grid grid-cols-2 gap-2 sm:grid-cols-5"
      aria-label={t("countsLabel")}
      data-testid="status-counts"
    >
      {STATUS_GROUPS.map((g) => {
        const n = counts[g.id];
        const style = STATUS_GROUP_STYLE[g.id];
        const body = (
          <>
            <span className="ink-strong block text-2xl font-semibold tabular-nums">
              {n.toLocaleString(locale)}
            </span>
            <span className="flex items-start gap-1 text-xs leading-snug">
              <span aria-hidden className={`mt-1 inline-block h-2 w-2 shrink-0 rounded-full ${style.fill}`} />
              <span>
                <span aria-hidden>{style.icon} </span>
                {t(`group.${g.id}`)}
              </span>
            </span>
          </>
        );
        return (
          <li key={g.id} data-group={g.id} data-count={n}>
            {n > 0 ? (
              <Link
                href={href(g.id)}
                className="hover-fill edge block h-full rounded-md border p-2 hover:border-tremor-brand"
                aria-label={t("countLink", { n, group: t(`group.${g.id}`) })}
                data-testid={`status-count-${g.id}`}
              >
                {body}
              </Link>
            ) : (
              <div className="edge block h-full rounded-md border border-dashed p-2 opacity-75">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
