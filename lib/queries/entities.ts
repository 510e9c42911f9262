/** Named entities (platforms; later firms, factories, projects) and their lists. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import { pick } from "@/lib/format/localize";
import { district, perLocale, sector, sourceRef } from "./refs";
import type { Selection } from "./select";
import type { EntityListView, EntityView } from "./views";

const viewsOf = perLocale((sel: Selection, locale: Locale): EntityView[] => {
  const ds = sel.dataset;
  return sel.entities.map(({ record: e, facets, unbroken }) => {
    const list = ds.index.entityList.get(e.list);
    return {
      id: e.id,
      list: e.list,
      listName: list ? pick(list.name, locale) : e.list,
      direction: list?.direction ?? null,
      name: pick(e.name, locale),
      domain: pick(e.domain, locale),
      sector: sector(ds, e.sector, locale),
      date: e.date,
      dateKind: list?.dateKind ?? "approved",
      district: district(ds, e.district, locale),
      source: sourceRef(ds, e.source, locale),
      confidence: e.confidence,
      note: e.note ? pick(e.note, locale) : null,
      facets,
      unbroken,
    };
  });
});

export function entityViews(sel: Selection, locale: Locale): EntityView[] {
  return viewsOf(sel, locale);
}

/** Every list, with how many of its members are named in the data (whatever the filter). */
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
