/** The five strategic directions, each with what the filter leaves of it. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { DirectionRecord } from "@/lib/domain/schema";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { pick } from "@/lib/format/localize";
import { sourceRef } from "./refs";
import { select, type Selection } from "./select";
import { groupCounts, targetViews } from "./targets";
import { compareDates } from "@/lib/format/dates";
import type { DirectionSummary } from "./views";

function summary(sel: Selection, d: DirectionRecord, locale: Locale): DirectionSummary {
  const ds = sel.dataset;
  const lists = new Set(ds.entityLists.filter((l) => l.direction === d.code).map((l) => l.id));
  return {
    code: d.code,
    order: d.order,
    name: pick(d.name, locale),
    goal: pick(d.goal, locale),
    summary: pick(d.summary, locale),
    indicatorCount: sel.indicators.filter((i) => i.record.direction === d.code).length,
    measureCount: sel.measures.filter((m) => m.record.direction === d.code).length,
    entityCount: sel.entities.filter((e) => lists.has(e.record.list)).length,
    source: sourceRef(ds, d.source, locale),
    targets: groupCounts(targetViews(sel, locale).filter((t) => t.direction === d.code)),
    targetsInData: ds.targets.filter((t) => ds.index.indicator.get(t.indicator)?.direction === d.code).length,
    newestDate:
      sel.observations
        .filter((o) => ds.index.indicator.get(o.record.indicator)?.direction === d.code)
        .map((o) => o.record.asOf)
        .sort(compareDates)
        .at(-1) ?? null,
  };
}

/** Every direction, with counts and target roll-ups within the filter (its direction part is not applied). */
export function getDirections(
  ds: Dataset,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): DirectionSummary[] {
  const sel = select(ds, { ...filter, directions: [] });
  return ds.directions.map((d) => summary(sel, d, locale));
}

export function getDirection(
  ds: Dataset,
  code: string,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): DirectionSummary | null {
  const d = ds.directions.find((x) => x.code === code);
  return d ? summary(select(ds, { ...filter, directions: [d.code] }), d, locale) : null;
}
