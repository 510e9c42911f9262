/** Queries over named entities (platforms; later firms, factories, projects) and their lists. */
import type { Dataset } from "@/lib/data/types";
import { yearOf } from "@/lib/format/dates";
import { fitDimension, EMPTY_FILTER, matchesText, type Filter } from "@/lib/filter/filter";
import { pick } from "@/lib/format/localize";
import { district, sector, sourceRef } from "@/lib/queries/queries";
import type { Locale } from "@/lib/domain/codes";
import type { EntityRecord } from "@/lib/domain/schema";
import type { EntityListView, EntityView } from "@/lib/queries/views";

function entityView(ds: Dataset, e: EntityRecord, locale: Locale, filter: Filter): EntityView {
  const list = ds.index.entityList.get(e.list);
  return {
    id: e.id,
    list: e.list,
    listName: list ? pick(list.name, locale) : e.list,
    name: pick(e.name, locale),
    domain: pick(e.domain, locale),
    sector: sector(ds, e.sector, locale),
    approved: e.approved,
    district: district(ds, e.district, locale),
    source: sourceRef(ds, e.source, locale),
    confidence: e.confidence,
    note: e.note ? pick(e.note, locale) : null,
    fit: {
      district: fitDimension([e.district], filter.districts),
      sector: fitDimension([e.sector], filter.sectors),
    },
  };
}

/** Named entities (platforms; later firms, factories, projects) left by the filter. */
export function getEntities(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): EntityView[] {
  return ds.entities
    .map((e) => entityView(ds, e, locale, filter))
    .filter((e) => {
      const list = ds.index.entityList.get(e.list);
      return (
        e.fit.district !== "excluded" &&
        e.fit.sector !== "excluded" &&
        (filter.directions.length === 0 ||
          (list !== undefined && filter.directions.includes(list.direction))) &&
        (filter.years.length === 0 || (e.approved !== null && filter.years.includes(yearOf(e.approved)))) &&
        matchesText(filter.q, e.name, e.domain, e.listName)
      );
    });
}

export function getEntityLists(ds: Dataset, locale: Locale): EntityListView[] {
  return ds.entityLists.map((l) => ({
    id: l.id,
    name: pick(l.name, locale),
    total: l.total,
    named: ds.entities.filter((e) => e.list === l.id).length,
    direction: l.direction,
    note: l.note ? pick(l.note, locale) : null,
    source: sourceRef(ds, l.source, locale),
  }));
}
