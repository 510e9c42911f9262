/**
 * "Search everything": one query over indicators, figures, measures, policy documents, sources, bodies
 * and districts, in all three languages at once ("海淀" on the English site finds Haidian, "Haidian" on
 * the Chinese site finds 海淀区), case- and width-insensitive (the tables' own foldText: NFKC, lowercase).
 *
 * The index is built once per dataset: each record's searchable texts in every language, folded ahead of
 * time and joined into one string. Texts many records share (a body's list, a record's district) are kept
 * once and tested once per query, so a query over 100,000 bodies is one tight loop of `includes` over
 * short, pre-folded strings that allocates nothing per record. Titles and details are written only for
 * the few results shown, by the site's own formatters. Pure: no data loading, no zod, no React component.
 */
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

/** The kinds of record, in the order their groups are listed. */
export const SEARCH_KINDS = [
  "indicator",
  "figure",
  "measure",
  "document",
  "source",
  "body",
  "district",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longer queries are cut to this many characters (the API refuses them). */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT_PER_KIND = 8;

export interface SearchResult {
  kind: SearchKind;
  id: string;
  /** In the reader's language. */
  title: string;
  /** One line in the reader's language: a figure's value and date, an indicator's direction, … */
  detail: string;
  /** The record's page, without the language prefix (the caller adds `/${locale}`). */
  href: string;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Records of this kind that match, of which the first `limitPerKind` are in `results`. */
  total: number;
  results: SearchResult[];
}

export interface SearchResults {
  /** The query as searched: trimmed and cut to MAX_QUERY_LENGTH. */
  q: string;
  /** Matching records over all kinds. */
  total: number;
  /** Only kinds with a match, in SEARCH_KINDS order. */
  groups: SearchGroup[];
}

/** Between the texts of one record: no query term spans two fields (control characters are cut from queries). */
const SEP = "\u0001";

/** The records of one kind, column by column. */
interface KindIndex {
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
      href: `/directions/${i.direction}#indicator-${i.id}`,
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
        href: `/figures/${o.id}`,
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
      href: `/directions/${m.direction}#measure-${m.id}`,
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
      href: `/documents#document-${d.id}`,
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
      href: `/sources#source-${s.id}`,
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
        href: list ? `/directions/${list.direction}#entities` : "/tables/entities",
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

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The query as searched: control characters out, trimmed, at most MAX_QUERY_LENGTH characters. */
function cleanQuery(q: string): string {
  return q.replace(CONTROL, " ").trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Ranks of a match: 0 its title in the reader's language is the query, 1 that title starts with it,
 * 2 its title in another language starts with it (or is it), 3 any other match.
 */
const RANKS = 4;

function searchKind(
  k: KindIndex,
  terms: readonly string[],
  sharedHits: Uint8Array,
  sharedCount: number,
  phrase: string,
  localeAt: number,
  limit: number,
): { total: number; picked: number[] } {
  const buckets: number[][] = Array.from({ length: RANKS }, () => []);
  const { own, sharedStart, sharedIds, titles } = k;
  const mine = titles[localeAt] as string[];
  const others = titles.filter((_, l) => l !== localeAt);
  let total = 0;
  outer: for (let i = 0; i < k.size; i++) {
    const text = own[i] as string;
    for (let t = 0; t < terms.length; t++) {
      if (text.includes(terms[t] as string)) continue;
      let found = false;
      const base = t * sharedCount;
      for (let s = sharedStart[i] as number, end = sharedStart[i + 1] as number; s < end; s++)
        if (sharedHits[base + (sharedIds[s] as number)] === 1) {
          found = true;
          break;
        }
      if (!found) continue outer;
    }
    total++;
    if (limit === 0) continue;
    const title = mine[i] as string;
    let rank = 3;
    if (title === phrase) rank = 0;
    else if (title.startsWith(phrase)) rank = 1;
    else
      for (let o = 0; o < others.length; o++)
        if (((others[o] as string[])[i] as string).startsWith(phrase)) {
          rank = 2;
          break;
        }
    const bucket = buckets[rank] as number[];
    if (bucket.length < limit) bucket.push(i);
  }
  return { total, picked: buckets.flat().slice(0, limit) };
}

/**
 * Every record of every kind that matches all words of the query (AND over whitespace-separated words;
 * text without spaces, as Chinese usually is, is one word matched as a substring), in any language.
 * Within a kind: titles equal to or starting with the query in the reader's language first, then in
 * another language, then the rest, each in the data's order.
 */
export function searchEverything(
  ds: Dataset,
  q: string,
  locale: Locale,
  { limitPerKind = DEFAULT_LIMIT_PER_KIND }: { limitPerKind?: number } = {},
): SearchResults {
  const query = cleanQuery(q);
  const words = foldText(query)
    .split(/\s+/u)
    .filter((w) => w !== "");
  if (words.length === 0) return { q: query, total: 0, groups: [] };
  const terms = [...new Set(words)];
  const phrase = words.join(" ");
  const limit = Math.max(0, Math.floor(limitPerKind));
  const index = buildSearchIndex(ds);
  const sharedCount = index.shared.length;
  const sharedHits = new Uint8Array(terms.length * sharedCount);
  terms.forEach((term, t) => {
    index.shared.forEach((text, s) => {
      if (text.includes(term)) sharedHits[t * sharedCount + s] = 1;
    });
  });
  const localeAt = LOCALES.indexOf(locale);
  const groups: SearchGroup[] = [];
  let total = 0;
  for (const k of index.kinds) {
    const found = searchKind(k, terms, sharedHits, sharedCount, phrase, localeAt, limit);
    if (found.total === 0) continue;
    total += found.total;
    groups.push({ kind: k.kind, total: found.total, results: found.picked.map((i) => k.present(i, locale)) });
  }
  return { q: query, total, groups };
}
