import type { DirectionCode } from "@/lib/domain/codes";
import type { MEASURE_STATUSES } from "@/lib/domain/codes";

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** What the reader narrowed the view to. Empty lists mean "no filter on that dimension". */
export interface Filter {
  districts: string[];
  sectors: string[];
  directions: DirectionCode[];
  statuses: MeasureStatus[];
  years: number[];
  q: string;
}

export const EMPTY_FILTER: Filter = {
  districts: [],
  sectors: [],
  directions: [],
  statuses: [],
  years: [],
  q: "",
};

/**
 * How an item relates to a filter on one dimension (district or sector):
 * - "match": it has a breakdown and some of it is in the filter;
 * - "none": it has no breakdown on that dimension, so the filter cannot apply ("not broken down by district");
 * - "excluded": it has a breakdown and none of it is in the filter.
 */
export type FilterFit = "match" | "none" | "excluded";

export function fitDimension(values: readonly (string | null)[], wanted: readonly string[]): FilterFit {
  if (wanted.length === 0) return "match";
  const known = values.filter((v): v is string => v !== null);
  if (known.length === 0) return "none";
  return known.some((v) => wanted.includes(v)) ? "match" : "excluded";
}

/** Case- and width-insensitive text match for the search box. */
export function matchesText(q: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = q.trim().normalize("NFKC").toLocaleLowerCase();
  if (needle === "") return true;
  return texts.some((t) => t != null && t.normalize("NFKC").toLocaleLowerCase().includes(needle));
}
