/** Small look-ups every view uses: a source as readers see it, a district or sector by its code. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { ObservationRecord, SourceRecord } from "@/lib/domain/schema";
import { pick } from "@/lib/format/localize";
import type { DocumentRef, Named, SourceRef } from "./views";

export function toSourceRef(s: SourceRecord, locale: Locale): SourceRef {
  return {
    id: s.id,
    publisher: s.publisher ? pick(s.publisher, locale) : null,
    title: s.title,
    description: pick(s.description, locale),
    url: s.url,
    retrievedFrom: s.retrievedFrom,
    published: s.published,
    confidence: s.confidence,
    kind: s.kind,
    language: s.language,
    identified: isSourceIdentified(s),
    opens: opensReport(s.url),
  };
}

/** Whether a link leads to a report itself, not only to a website's home page ("https://news.cgtn.com"). */
export function opensReport(url: string | null): boolean {
  if (url === null) return false;
  try {
    const u = new URL(url);
    return u.pathname.replace(/\/+$/, "") !== "" || u.search !== "";
  } catch {
    return false;
  }
}

/**
 * Whether a reader can tell who said it: a source with no publisher, title, publication date or own link
 * (a reprint found on an unrelated site, or nothing at all) is "source not identified", and its figures
 * are never put forward as headline or newest figures.
 */
export function isSourceIdentified(
  s: Pick<SourceRecord, "publisher" | "title" | "published" | "url">,
): boolean {
  return s.publisher !== null || s.title !== null || s.published !== null || s.url !== null;
}

/** Every source a figure cites: the original document, the report it was read in, the other reports. */
export function citedSources(o: Pick<ObservationRecord, "original" | "source" | "alsoReportedBy">): string[] {
  return [...(o.original ? [o.original] : []), o.source, ...o.alsoReportedBy];
}

export function sourceRef(ds: Dataset, id: string, locale: Locale): SourceRef {
  const s = ds.index.source.get(id);
  // buildDataset guarantees every reference resolves.
  if (!s) throw new Error(`unknown source ${id}`);
  return toSourceRef(s, locale);
}

export function district(ds: Dataset, code: string | null, locale: Locale): Named | null {
  if (code === null) return null;
  const d = ds.index.district.get(code);
  return d ? { code, name: pick(d.name, locale) } : null;
}

export function sector(ds: Dataset, code: string | null, locale: Locale): Named | null {
  if (code === null) return null;
  const s = ds.index.sector.get(code);
  return s ? { code, name: pick(s.name, locale) } : null;
}

export function documentRef(ds: Dataset, id: string | null, locale: Locale): DocumentRef | null {
  const d = id ? ds.index.policyDocument.get(id) : undefined;
  return d ? { id: d.id, number: d.number, name: pick(d.name, locale) } : null;
}

export function directionName(ds: Dataset, code: string, locale: Locale): string {
  const d = ds.directions.find((x) => x.code === code);
  return d ? pick(d.name, locale) : code;
}

/**
 * Caches a view of a selection per language and day: a selection is made once per dataset version and
 * filter, and what a view says can change only with the day (a target falling due, a figure going stale).
 */
export function perLocale<K extends object, V>(make: (key: K, locale: Locale) => V) {
  const made = new WeakMap<K, Map<string, V>>();
  return (key: K, locale: Locale): V => {
    let cache = made.get(key);
    if (!cache) {
      cache = new Map();
      made.set(key, cache);
    }
    const slot = `${locale}|${new Date().toISOString().slice(0, 10)}`;
    let value = cache.get(slot);
    if (value === undefined) {
      if (cache.size > 8) cache.clear();
      value = make(key, locale);
      cache.set(slot, value);
    }
    return value;
  };
}
