/** The choices the filter bar offers, from the dataset, in the reader's language. */
import type { FilterOptions } from "@/components/filters/filter-bar";
import type { Dataset } from "@/lib/data/types";
import { yearOf } from "@/lib/format/dates";
import { translator } from "@/lib/i18n/translator";
import { MEASURE_STATUSES, type Locale } from "@/lib/domain/codes";
import { pick } from "@/lib/format/localize";
import type { UrlContext } from "@/lib/filter/url-state";

export function dataYears(ds: Dataset): number[] {
  const years = new Set<number>();
  ds.observations.forEach((o) => years.add(yearOf(o.asOf)));
  ds.measures.forEach((m) => years.add(yearOf(m.date)));
  ds.entities.forEach((e) => e.approved && years.add(yearOf(e.approved)));
  ds.sources.forEach((s) => years.add(yearOf(s.date)));
  return [...years].sort((a, b) => b - a);
}

export function getFilterOptions(ds: Dataset, locale: Locale): FilterOptions {
  const t = translator(locale);
  return {
    districts: ds.districts.map((d) => ({ value: d.code, label: pick(d.name, locale) })),
    sectors: ds.sectors.map((s) => ({ value: s.code, label: pick(s.name, locale) })),
    directions: ds.directions.map((d) => ({ value: d.code, label: pick(d.name, locale) })),
    statuses: MEASURE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    years: dataYears(ds).map((y) => ({ value: String(y), label: String(y) })),
  };
}

/** What the URL may contain on a page of this dataset. */
export function urlContext(ds: Dataset, columns?: string[]): UrlContext {
  return {
    districts: ds.districts.map((d) => d.code),
    sectors: ds.sectors.map((s) => s.code),
    years: dataYears(ds),
    columns,
  };
}
