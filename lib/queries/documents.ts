/** Policy documents as first-class records: what each set (targets), what it covers (measures, indicators). */
import type { Dataset } from "@/lib/data/types";
import type { Confidence, DirectionCode, Instrument, Locale, TargetStatus } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Facets, type Filter, type Unbroken } from "@/lib/filter/filter";
import { compareDates } from "@/lib/format/dates";
import { pick } from "@/lib/format/localize";
import { perLocale, sourceRef } from "./refs";
import { select, type Selection } from "./select";
import { targetView } from "./targets";
import type { SourceRef } from "./views";

export interface DocumentView {
  id: string;
  /** Document number such as 京政发〔2023〕14号, if it has one. */
  number: string | null;
  /** Official title as written; null when not recorded. */
  title: string | null;
  /** Our own short name in the reader's language. */
  name: string;
  issuers: string[];
  published: string | null;
  instrument: Instrument;
  directions: DirectionCode[];
  url: string | null;
  sources: SourceRef[];
  confidence: Confidence;
  targets: { id: string; label: string; status: TargetStatus; direction: DirectionCode }[];
  /** Indicators the document's targets are measured on. */
  indicators: { id: string; label: string; direction: DirectionCode }[];
  measures: { id: string; title: string; direction: DirectionCode }[];
  /** What the document is about on each filter dimension, as the selection tested it. */
  facets: Facets;
  unbroken: Unbroken;
}

const viewsOf = perLocale((sel: Selection, locale: Locale): DocumentView[] => {
  const ds = sel.dataset;
  return [...sel.documents]
    .sort((a, b) =>
      a.record.published === null || b.record.published === null
        ? Number(a.record.published === null) - Number(b.record.published === null)
        : compareDates(b.record.published, a.record.published),
    )
    .map(({ record: d, facets, unbroken }) => {
      const targets = ds.targets
        .filter((t) => t.document === d.id)
        .flatMap((t) => targetView(ds, t, locale) ?? []);
      const indicatorIds = [...new Set(targets.map((t) => t.indicator.id))];
      return {
        id: d.id,
        number: d.number,
        title: d.title,
        name: pick(d.name, locale),
        issuers: d.issuers.map((i) => pick(i, locale)),
        published: d.published,
        instrument: d.instrument,
        directions: d.directions,
        url: d.url,
        sources: d.sources.map((s) => sourceRef(ds, s, locale)),
        confidence: d.confidence,
        targets: targets.map((t) => ({
          id: t.id,
          label: t.label,
          status: t.progress.status,
          direction: t.direction,
        })),
        indicators: indicatorIds.flatMap((id) => {
          const ind = ds.index.indicator.get(id);
          return ind ? [{ id, label: pick(ind.label, locale), direction: ind.direction }] : [];
        }),
        measures: ds.measures
          .filter((m) => m.document === d.id)
          .map((m) => ({ id: m.id, title: pick(m.title, locale), direction: m.direction })),
        facets,
        unbroken,
      };
    });
});

export function documentViews(sel: Selection, locale: Locale): DocumentView[] {
  return viewsOf(sel, locale);
}

export function getDocuments(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): DocumentView[] {
  return documentViews(select(ds, filter), locale);
}
