/**
 * The search-everything index: every record's searchable texts in all three languages, folded once per
 * dataset version, and how each kind of record is shown as a result. The query is in search.ts.
 */
import { recordPage } from "@/lib/queries/pages";
import type { Dataset } from "@/lib/data/types";
import { LOCALES, type Locale, type Localized } from "@/lib/domain/codes";
import type {
  DistrictRecord,
  EntityRecord,
  IndicatorRecord,
  MeasureRecord,
  ObservationRecord,
  PolicyDocumentRecord,
  SourceRecord,
} from "@/lib/domain/schema";
import { foldText } from "@/lib/filter/filter";
import { formatPartialDate } from "@/lib/format/dates";
import { formatFigure } from "@/lib/format/format";
import { pick } from "@/lib/format/localize";
import { directionName } from "@/lib/queries/refs";
import type { SearchKind, SearchResult } from "./search";

/** Between the texts of one record: no query term spans two fields (control characters are cut from queries). */
const SEP = "\u0001";

/** The records of one kind, column by column. */
export interface KindIndex {
  kind: SearchKind;
  size: number;
  /** Each record's own texts in every language, folded and joined. */
  own: string[];
  /** Record i refers to shared texts sharedIds[sharedStart[i] .. sharedStart[i + 1]). */
  sharedStart: Int32Array;
  sharedIds: Int32Array;
  /** Each record's title, folded, per language (LOCALES order): for ranking. */
  titles: readonly string[][];
  /** Title, detail and link of record i in a language: made only for the results shown. */
  present: (i: number, locale: Locale) => SearchResult;
}

export interface SearchIndex {
  /** Texts shared by many records (a list's name, a district's code and names), folded. */
  shared: string[];
  kinds: KindIndex[];
}

const fold = (parts: readonly (string | null | undefined)[]) =>
  foldText(parts.filter((p): p is string => typeof p === "string" && p !== "").join(SEP));
const allLanguages = (text: Localized | null | undefined) => (text ? [text.en, text.ko, text.zh] : []);
const joinDetail = (parts: readonly (string | null | undefined)[]) =>
  parts.filter((p): p is string => typeof p === "string" && p !== "").join(" · ");

/**
 * One kind's columns. `title` is what the reader sees as the record's name (searched and ranked on);
 * `extra` are its other own texts (ids, numbers, names in every language); `shared` its shared texts.
 */
function makeKind<R>(
  kind: SearchKind,
  records: readonly R[],
  title: (r: R) => Localized,
  extra: (r: R) => (string | null | undefined)[],
  shared: (r: R) => readonly number[],
  present: (r: R, locale: Locale) => Pick<SearchResult, "id" | "detail" | "href">,
): KindIndex {
  const size = records.length;
  const own = new Array<string>(size);
  const sharedStart = new Int32Array(size + 1);
  const ids: number[] = [];
  const titles = LOCALES.map(() => new Array<string>(size));
  for (let i = 0; i < size; i++) {
    const r = records[i] as R;
    const t = title(r);
    // Folding each part alone equals folding them joined: NFKC does not compose across the separator.
    const parts: string[] = [];
    for (let l = 0; l < LOCALES.length; l++) {
      const raw = t[LOCALES[l] as Locale];
      let folded: string | undefined;
      for (let m = 0; m < l && folded === undefined; m++)
        if (t[LOCALES[m] as Locale] === raw) folded = (titles[m] as string[])[i];
      folded ??= foldText(raw);
      (titles[l] as string[])[i] = folded;
      parts.push(folded);
    }
    parts.push(fold(extra(r)));
    // One flat string (join makes one; `+` would leave a rope for the first query to flatten).
    own[i] = parts.join(SEP);
    for (const id of shared(r)) ids.push(id);
    sharedStart[i + 1] = ids.length;
  }
  return {
    kind,
    size,
    own,
    sharedStart,
    sharedIds: Int32Array.from(ids),
    titles,
    present: (i, locale) => {
      const r = records[i] as R;
      const { id, detail, href } = present(r, locale);
      return { kind, id, title: title(r)[locale], detail, href };
    },
  };
}

function build(ds: Dataset): SearchIndex {
  const shared: string[] = [];
  const sharedKeys = new Map<string, number>();
  const sharedText = (key: string, texts: () => (string | null | undefined)[]): number => {
    let id = sharedKeys.get(key);
    if (id === undefined) {
      id = shared.length;
      shared.push(fold(texts()));
      sharedKeys.set(key, id);
    }
    return id;
  };
  const NONE: readonly number[] = [];
  const districtIds = new Map(
    ds.districts.map((d) => [
      d.code,
      [sharedText(`district:${d.code}`, () => [d.code, ...allLanguages(d.name)])],
    ]),
  );
  const districtText = (code: string | null): readonly number[] =>
    (code === null ? undefined : districtIds.get(code)) ?? NONE;
  const entityLists = new Map(ds.entityLists.map((l) => [l.id, l]));
  const listIds = new Map(
    ds.entityLists.map((l) => [l.id, sharedText(`list:${l.id}`, () => [l.id, ...allLanguages(l.name)])]),
  );
  const districtName = (code: string | null, locale: Locale) => {
    const d = code === null ? undefined : ds.index.district.get(code);
    return d ? pick(d.name, locale) : null;
  };
  const date = (d: string | null, locale: Locale) => (d ? formatPartialDate(d, locale) : null);
  const same = (text: string): Localized => ({ en: text, ko: text, zh: text });

  const indicators = makeKind<IndicatorRecord>(
    "indicator",
    ds.indicators,
    (i) => i.label,
    (i) => [i.id],
    () => NONE,
    (i, locale) => ({
      id: i.id,
      detail: directionName(ds, i.direction, locale),
      href: recordPage.indicator(i.direction, i.id),
    }),
  );

  // A figure is found by its indicator's label, its district and the year it is as of.
  const figures = makeKind<ObservationRecord>(
    "figure",
    ds.observations,
    (o) => ds.index.indicator.get(o.indicator)?.label ?? same(o.indicator),
    (o) => [o.id, o.indicator, o.asOf.slice(0, 4)],
    (o) => districtText(o.district),
    (o, locale) => {
      const ind = ds.index.indicator.get(o.indicator);
      return {
        id: o.id,
        detail: joinDetail([
          ind ? formatFigure(o, ind, locale).text : String(o.value),
          date(o.asOf, locale),
          districtName(o.district, locale),
        ]),
        href: recordPage.figure(o.id),
      };
    },
  );

  const measures = makeKind<MeasureRecord>(
    "measure",
    ds.measures,
    (m) => m.title,
    (m) => [m.id],
    (m) => m.districts.flatMap(districtText),
    (m, locale) => ({
      id: m.id,
      detail: joinDetail([directionName(ds, m.direction, locale), date(m.date, locale)]),
      href: recordPage.measure(m.direction, m.id),
    }),
  );

  const documents = makeKind<PolicyDocumentRecord>(
    "document",
    ds.policyDocuments,
    (d) => d.name,
    (d) => [d.id, d.number, d.title, ...d.issuers.flatMap(allLanguages)],
    () => NONE,
    (d, locale) => ({
      id: d.id,
      detail: joinDetail([d.number, date(d.published, locale)]),
      href: recordPage.document(d.id),
    }),
  );

  // A source's title is shown as written, in its own language; without one, our description stands in.
  const sources = makeKind<SourceRecord>(
    "source",
    ds.sources,
    (s) => (s.title === null ? s.description : same(s.title)),
    (s) => [s.id, ...allLanguages(s.publisher)],
    () => NONE,
    (s, locale) => ({
      id: s.id,
      detail: joinDetail([s.publisher ? pick(s.publisher, locale) : null, date(s.published, locale)]),
      href: recordPage.source(s.id),
    }),
  );

  // Bodies are found by their name, their list's name and their district.
  const bodies = makeKind<EntityRecord>(
    "body",
    ds.entities,
    (e) => e.name,
    (e) => [e.id],
    (e) => {
      const list = listIds.get(e.list);
      const district = districtText(e.district);
      return list === undefined ? district : district.length === 0 ? [list] : [list, ...district];
    },
    (e, locale) => {
      const list = entityLists.get(e.list);
      return {
        id: e.id,
        detail: joinDetail([list ? pick(list.name, locale) : null, districtName(e.district, locale)]),
        // As the bodies table links them: the list's direction page, at its bodies.
        href: list ? recordPage.entities(list.direction) : "/tables/entities",
      };
    },
  );

  // A district has no page of its own: it links to the figures table narrowed to it.
  const districts = makeKind<DistrictRecord>(
    "district",
    ds.districts,
    (d) => d.name,
    (d) => [d.code],
    () => NONE,
    (d, locale) => ({
      id: d.code,
      detail: joinDetail(LOCALES.filter((l) => l !== locale).map((l) => d.name[l])),
      href: `/tables/observations?district=${encodeURIComponent(d.code)}`,
    }),
  );

  return { shared, kinds: [indicators, figures, measures, documents, sources, bodies, districts] };
}

const indexes = new WeakMap<Dataset, SearchIndex>();

/** The search index of a dataset: built on first use, then kept as long as the dataset is. */
export function buildSearchIndex(ds: Dataset): SearchIndex {
  let index = indexes.get(ds);
  if (!index) {
    index = build(ds);
    indexes.set(ds, index);
  }
  return index;
}
