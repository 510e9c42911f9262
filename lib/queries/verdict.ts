/**
 * The overview's answer first: how many targets are in each status group, the newest figures the tracker
 * holds and what the latest data release changed, all for one filter. The counts come from the same
 * target views as the targets table and /api/v1/targets, so the three always agree.
 */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { ChangeRecord } from "@/lib/domain/schema";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { compareDates } from "@/lib/format/dates";
import { pick } from "@/lib/format/localize";
import { formatFigure } from "@/lib/format/format";
import { isSourceIdentified } from "./refs";
import { select } from "./select";
import { groupCounts, targetViews, type GroupCounts } from "./targets";

export interface NewestFigure {
  id: string;
  label: string;
  text: string;
  asOf: string;
}

export interface ReleaseSummary {
  date: string;
  /** Records added, revised (values, sources, definitions, series) and withdrawn in that release. */
  added: number;
  revised: number;
  withdrawn: number;
}

export interface Verdict {
  counts: GroupCounts;
  /** Achieved targets whose deciding figure is of medium or secondary confidence. */
  achievedOnWeaker: number;
  /** Date of the newest figure in the selection, whatever its source. */
  newestDate: string | null;
  /** The newest figures whose source is identified, newest first. */
  newest: NewestFigure[];
  release: ReleaseSummary | null;
}

const REVISING: readonly ChangeRecord["kind"][] = ["revised", "source-corrected", "definition-split"];

/** What the newest release changed, counted by record (a record revised in three fields counts once). */
export function releaseSummary(changes: readonly ChangeRecord[]): ReleaseSummary | null {
  const date = changes.reduce<string | null>(
    (d, c) => (c.release && (!d || c.release > d) ? c.release : d),
    null,
  );
  if (date === null) return null;
  const mine = changes.filter((c) => c.release === date);
  const records = (kinds: readonly ChangeRecord["kind"][]) =>
    new Set(mine.filter((c) => kinds.includes(c.kind)).map((c) => `${c.file}/${c.record}`));
  const added = records(["added"]);
  const withdrawn = records(["withdrawn"]);
  const revised = [...records(REVISING)].filter((r) => !added.has(r) && !withdrawn.has(r));
  return { date, added: added.size, revised: revised.length, withdrawn: withdrawn.size };
}

export function getVerdict(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER, count = 3): Verdict {
  // The overview's filter has no direction or status: every target of the chosen districts, sectors, years.
  const sel = select(ds, { ...filter, directions: [], statuses: [], progress: [] });
  const targets = targetViews(sel, locale);
  const observations = sel.observations
    .map((s) => s.record)
    .sort((a, b) => compareDates(b.asOf, a.asOf) || a.id.localeCompare(b.id));
  const newest = observations.flatMap((o) => {
    const ind = ds.index.indicator.get(o.indicator);
    const src = ds.index.source.get(o.source);
    if (!ind || !src || !isSourceIdentified(src)) return [];
    return [
      { id: o.id, label: pick(ind.label, locale), text: formatFigure(o, ind, locale).text, asOf: o.asOf },
    ];
  });
  return {
    counts: groupCounts(targets),
    achievedOnWeaker: targets.filter(
      (t) => t.progress.status === "achieved" && t.progress.latest && t.progress.latest.confidence !== "high",
    ).length,
    newestDate: observations[0]?.asOf ?? null,
    newest: newest.slice(0, count),
    release: releaseSummary(ds.changes),
  };
}
