/**
 * The public change log as readers see it: each entry with the record it is about (named and linked in the
 * reader's language), old → new in words, the reason and the source. The page, the figure pages, the API
 * and the feeds all read `changeViews`.
 */
import { recordPage } from "@/lib/queries/pages";
import type { Dataset } from "@/lib/data/types";
import {
  CHANGE_KIND_ORDER,
  CONFIDENCES,
  isOneOf,
  MEASURE_STATUSES,
  SOURCE_KINDS,
  SOURCE_LANGUAGES,
  UNITS,
  type ChangeKind,
  type DirectionCode,
  type Locale,
} from "@/lib/domain/codes";
import type { ChangeRecord } from "@/lib/domain/schema";
import { unitLabel } from "@/lib/format/format";
import { formatNumber } from "@/lib/format/numbers";
import { pick } from "@/lib/format/localize";
import { translator } from "@/lib/i18n/translator";
import { directionName, perLocale, sourceRef } from "@/lib/queries/refs";
import type { SourceRef } from "@/lib/queries/views";

export interface ChangeView {
  id: string;
  date: string;
  kind: ChangeKind;
  file: ChangeRecord["file"];
  record: string;
  previousId: string | null;
  /** The record in words: "Core AI firms, 2022-10", a source's publisher, a measure's title. */
  title: string;
  /** Its page without the language prefix; null when it no longer exists. */
  href: string | null;
  field: string | null;
  /** The field's name in the reader's language (the code where we have no name for it). */
  fieldLabel: string | null;
  old: string | null;
  new: string | null;
  oldRaw: ChangeRecord["old"];
  newRaw: ChangeRecord["new"];
  reason: string;
  source: SourceRef | null;
  indicator: string | null;
  directions: DirectionCode[];
  release: string | null;
}

export interface ChangeFilter {
  directions: readonly DirectionCode[];
  /** An indicator id; null for all. */
  indicator: string | null;
}

type Json = ChangeRecord["old"];
const isLocalized = (v: Json): v is { en: string; ko: string; zh: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.en === "string";

/** A value of the log in words. Null is "not recorded" (a field emptied or never filled). */
export function valueText(v: Json, locale: Locale): string | null {
  if (v === null) return null;
  if (typeof v === "number") return formatNumber(v, locale, 4);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return translator(locale)(v ? "changes.yes" : "changes.no");
  if (isLocalized(v)) return v[locale];
  if (Array.isArray(v)) return v.map((x) => valueText(x, locale) ?? "—").join(", ");
  return JSON.stringify(v);
}

const FIELD_NAMES = [
  "value",
  "title",
  "publisher",
  "published",
  "date",
  "url",
  "retrievedFrom",
  "confidence",
  "kind",
  "definition",
  "definitionId",
  "label",
  "note",
  "description",
  "name",
  "source",
  "sources",
  "indicator",
  "asOf",
  "baseline",
  "direction",
  "document",
  "id",
  "area",
  "updateEveryMonths",
  "domain",
  "original",
  "alsoReportedBy",
  "noChange",
  "ends",
  "laterCount",
  "unit",
  "status",
  "language",
] as const;
type KnownField = (typeof FIELD_NAMES)[number];
const isKnownField = (f: string): f is KnownField => (FIELD_NAMES as readonly string[]).includes(f);

function recordOf(
  ds: Dataset,
  c: ChangeRecord,
  locale: Locale,
): { title: string | null; href: string | null } {
  const id = c.record;
  switch (c.file) {
    case "observations": {
      const o = ds.index.observation.get(id);
      const ind = o ? ds.index.indicator.get(o.indicator) : undefined;
      return o && ind
        ? { title: `${pick(ind.label, locale)}, ${o.asOf}`, href: recordPage.figure(o.id) }
        : { title: null, href: null };
    }
    case "indicators": {
      const i = ds.index.indicator.get(id);
      return i
        ? { title: pick(i.label, locale), href: recordPage.indicator(i.direction, i.id) }
        : { title: null, href: null };
    }
    case "sources": {
      const s = ds.index.source.get(id);
      if (!s) return { title: null, href: null };
      return {
        title: s.publisher ? pick(s.publisher, locale) : pick(s.description, locale),
        href: recordPage.source(s.id),
      };
    }
    case "targets": {
      const t = ds.targets.find((x) => x.id === id);
      const ind = t ? ds.index.indicator.get(t.indicator) : undefined;
      return t && ind
        ? { title: pick(t.label, locale), href: recordPage.target(ind.direction, t.id) }
        : { title: null, href: null };
    }
    case "measures": {
      const m = ds.measures.find((x) => x.id === id);
      return m
        ? { title: pick(m.title, locale), href: recordPage.measure(m.direction, m.id) }
        : { title: null, href: null };
    }
    case "entities": {
      const e = ds.entities.find((x) => x.id === id);
      const list = e ? ds.index.entityList.get(e.list) : undefined;
      return e
        ? { title: pick(e.name, locale), href: list ? recordPage.entities(list.direction) : null }
        : { title: null, href: null };
    }
    case "entityLists": {
      const l = ds.index.entityList.get(id);
      return l
        ? { title: pick(l.name, locale), href: recordPage.entities(l.direction) }
        : { title: null, href: null };
    }
    case "policyDocuments": {
      const d = ds.index.policyDocument.get(id);
      return d
        ? { title: pick(d.name, locale), href: recordPage.document(d.id) }
        : { title: null, href: null };
    }
    case "cityFigures": {
      const f = ds.cityFigures.find((x) => x.id === id);
      return f
        ? { title: pick(f.definition, locale), href: recordPage.compare() }
        : { title: null, href: null };
    }
    case "directions": {
      const d = ds.directions.find((x) => x.code === id);
      return d
        ? { title: pick(d.name, locale), href: recordPage.direction(d.code) }
        : { title: null, href: null };
    }
    case "districts": {
      const d = ds.index.district.get(id);
      return { title: d ? pick(d.name, locale) : null, href: null };
    }
    case "sectors": {
      const s = ds.index.sector.get(id);
      return { title: s ? pick(s.name, locale) : null, href: null };
    }
  }
}

/**
 * A value in words for its field: a source id as the source's publisher, an indicator id as its label, a
 * direction, a confidence or a source kind in the reader's language. Ids no longer in the data stay ids.
 */
function fieldValueText(ds: Dataset, c: ChangeRecord, v: Json, locale: Locale): string | null {
  const t = translator(locale);
  const one = (x: Json): string | null => {
    if (typeof x !== "string") return valueText(x, locale);
    switch (c.field) {
      case "source":
      case "sources":
      case "original":
      case "alsoReportedBy": {
        const s = ds.index.source.get(x);
        return s ? (s.publisher ? pick(s.publisher, locale) : pick(s.description, locale)) : x;
      }
      case "noChange":
        return isOneOf(["other-outlet", "other-wording"] as const, x) ? t(`changes.noChangeValue.${x}`) : x;
      case "status":
        return c.file === "measures" && isOneOf(MEASURE_STATUSES, x) ? t(`status.${x}`) : x;
      case "unit":
        return isOneOf(UNITS, x) ? unitLabel(x, locale) : x;
      case "language":
        return isOneOf(SOURCE_LANGUAGES, x) ? t(`sources.language.${x}`) : x;
      case "laterCount":
      case "indicator": {
        const i = ds.index.indicator.get(x);
        return i ? pick(i.label, locale) : x;
      }
      case "direction":
        return ds.directions.some((d) => d.code === x) ? directionName(ds, x, locale) : x;
      case "confidence":
        return isOneOf(CONFIDENCES, x) ? t(`confidence.${x}`) : x;
      case "kind":
        return c.file === "sources" && isOneOf(SOURCE_KINDS, x) ? t(`sources.kind.${x}`) : x;
      default:
        return x;
    }
  };
  if (Array.isArray(v) && (c.field === "sources" || c.field === "directions" || c.field === "alsoReportedBy"))
    return v.map((x) => one(x) ?? "—").join(", ");
  return one(v);
}

function view(ds: Dataset, c: ChangeRecord, locale: Locale): ChangeView {
  const t = translator(locale);
  const found = recordOf(ds, c, locale);
  // A record withdrawn since: named by what it was (its old value) or its id.
  const title = found.title ?? (c.kind === "withdrawn" ? valueText(c.old, locale) : null) ?? c.record;
  return {
    id: c.id,
    date: c.date,
    kind: c.kind,
    file: c.file,
    record: c.record,
    previousId: c.previousId,
    title,
    href: found.href,
    field: c.field,
    fieldLabel: c.field === null ? null : isKnownField(c.field) ? t(`changes.fields.${c.field}`) : c.field,
    old: fieldValueText(ds, c, c.old, locale),
    new: fieldValueText(ds, c, c.new, locale),
    oldRaw: c.old,
    newRaw: c.new,
    reason: pick(c.reason, locale),
    // A source withdrawn since is named by the entry's values, not linked.
    source: c.source && ds.index.source.has(c.source) ? sourceRef(ds, c.source, locale) : null,
    indicator: c.indicator,
    directions: c.directions,
    release: c.release,
  };
}

/** Within a day, figures added and revised come first and technical changes last (page, API and feeds). */
const rank = (c: Pick<ChangeRecord, "kind" | "file">) =>
  CHANGE_KIND_ORDER[c.kind] * 2 + (c.file === "observations" ? 0 : 1);

const allViews = perLocale((ds: Dataset, locale: Locale) =>
  [...ds.changes]
    .sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b))
    .map((c) => view(ds, c, locale)),
);

/** Whether an entry is only about identifiers: kept in the API and feeds, hidden on the page by default. */
export const isTechnical = (c: Pick<ChangeView, "kind">) => c.kind === "technical";

/** The log, newest first, narrowed to directions and an indicator. */
export function changeViews(ds: Dataset, locale: Locale, filter?: ChangeFilter): ChangeView[] {
  const all = allViews(ds, locale);
  if (!filter) return all;
  return all.filter(
    (c) =>
      (filter.directions.length === 0 || c.directions.some((d) => filter.directions.includes(d))) &&
      (filter.indicator === null ||
        c.indicator === filter.indicator ||
        // A figure split off into a new series is also part of the history of the series it left.
        (c.kind === "definition-split" && c.oldRaw === filter.indicator)),
  );
}

/** Entries about one record (its current or previous id), newest first: "revised on …" on its page. */
export function changesOf(ds: Dataset, file: ChangeRecord["file"], id: string, locale: Locale): ChangeView[] {
  return allViews(ds, locale).filter((c) => c.file === file && (c.record === id || c.previousId === id));
}

/** Indicators that have entries, for the page's indicator filter, in the reader's language. */
export function changedIndicators(ds: Dataset, locale: Locale): { id: string; label: string }[] {
  const ids = new Set(ds.changes.flatMap((c) => (c.indicator ? [c.indicator] : [])));
  return ds.indicators
    .filter((i) => ids.has(i.id))
    .map((i) => ({ id: i.id, label: pick(i.label, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
