/** The choices the filter bar offers and the codes a link may use, from the dataset. */
import type { Dataset } from "@/lib/data/types";
import { LOCALES, MEASURE_STATUSES, TARGET_STATUSES, type Locale, type Localized } from "@/lib/domain/codes";
import { yearOf } from "@/lib/format/dates";
import { pick } from "@/lib/format/localize";
import { translator } from "@/lib/i18n/translator";
import type { UrlContext } from "./search-params";

export interface Option {
  value: string;
  label: string;
  /**
   * The value's names in every language (districts, sectors, directions): a table's search finds the rows
   * about it by any of them, as the site's search does ("海淀" or "하이뎬" on the English site: Haidian).
   */
  names?: string[];
}

export interface FilterOptions {
  districts: Option[];
  sectors: Option[];
  directions: Option[];
  statuses: Option[];
  progress: Option[];
  years: Option[];
}

/** Every year a dated record of the dataset falls in, newest first. */
export function dataYears(ds: Dataset): number[] {
  const years = new Set<number>();
  ds.observations.forEach((o) => years.add(yearOf(o.asOf)));
  ds.measures.forEach((m) => years.add(yearOf(m.date)));
  ds.entities.forEach((e) => e.date && years.add(yearOf(e.date)));
  ds.targets.forEach((t) => t.due && years.add(yearOf(t.due)));
  return [...years].sort((a, b) => b - a);
}

/** The options of a code list, labelled in the reader's language, with their names in every language. */
function named(records: readonly { code: string; name: Localized }[], locale: Locale): Option[] {
  return records.map((r) => ({
    value: r.code,
    label: pick(r.name, locale),
    names: [...new Set(LOCALES.map((l) => r.name[l]))],
  }));
}

/**
 * The code lists a table row is about, with their names in every language: lib/tables/search.ts finds rows
 * by them. Only the table pages send them to the browser (the filter bars need the labels alone).
 */
export type CodeNames = Pick<FilterOptions, "districts" | "sectors" | "directions">;

export function codeNames(ds: Dataset, locale: Locale): CodeNames {
  return {
    districts: named(ds.districts, locale),
    sectors: named(ds.sectors, locale),
    directions: named(ds.directions, locale),
  };
}

export function getFilterOptions(ds: Dataset, locale: Locale): FilterOptions {
  const t = translator(locale);
  return {
    districts: ds.districts.map((d) => ({ value: d.code, label: pick(d.name, locale) })),
    sectors: ds.sectors.map((s) => ({ value: s.code, label: pick(s.name, locale) })),
    directions: ds.directions.map((d) => ({ value: d.code, label: pick(d.name, locale) })),
    statuses: MEASURE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    progress: TARGET_STATUSES.map((s) => ({ value: s, label: t(`progress.status.${s}`) })),
    years: dataYears(ds).map((y) => ({ value: String(y), label: String(y) })),
  };
}

/** What a link may contain on a page of this dataset (and table, if `columns` are given). */
export function urlContext(ds: Dataset, columns?: readonly string[]): UrlContext {
  return {
    districts: ds.districts.map((d) => d.code),
    sectors: ds.sectors.map((s) => s.code),
    years: dataYears(ds),
    columns,
  };
}
