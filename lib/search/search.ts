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
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import type { Dataset } from "@/lib/data/types";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { foldText } from "@/lib/filter/filter";
import { buildSearchIndex, type KindIndex } from "./search-index";

export { buildSearchIndex };

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
