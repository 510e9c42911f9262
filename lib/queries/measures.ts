/** Measures and milestones left by the filter, newest first. */
import type { Locale } from "@/lib/domain/codes";
import { compareDates } from "@/lib/format/dates";
import { pick } from "@/lib/format/localize";
import { district, documentRef, perLocale, sector, sourceRef } from "./refs";
import { measureStatus } from "./measure-status";
import type { Selection } from "./select";
import type { MeasureView, Named } from "./views";

const viewsOf = perLocale((sel: Selection, locale: Locale): MeasureView[] => {
  const ds = sel.dataset;
  return [...sel.measures]
    .sort((a, b) => compareDates(b.record.date, a.record.date))
    .map(({ record: m, facets, unbroken }) => ({
      id: m.id,
      direction: m.direction,
      kind: m.kind,
      status: measureStatus(m),
      title: pick(m.title, locale),
      description: pick(m.description, locale),
      date: m.date,
      districts: m.districts.map((d) => district(ds, d, locale)).filter((d): d is Named => d !== null),
      sectors: m.sectors.map((s) => sector(ds, s, locale)).filter((s): s is Named => s !== null),
      sources: m.sources.map((s) => sourceRef(ds, s, locale)),
      confidence: m.confidence,
      facets,
      unbroken,
      document: documentRef(ds, m.document, locale),
    }));
});

export function measureViews(sel: Selection, locale: Locale): MeasureView[] {
  return viewsOf(sel, locale);
}
