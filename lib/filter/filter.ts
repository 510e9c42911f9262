/**
 * The one filter of the tracker: what it is and how a record passes it. Pure and free of zod and data, so
 * the server (queries, API, exports) and the browser (the benchmark table) run the very same test.
 *
 * What the filter means, for every view:
 * - district / sector: a record about a district (or sector) passes when that district (sector) is
 *   chosen. A record not broken down on that dimension, a city-wide figure say, stays visible and is
 *   marked "not broken down by district" (sector); a record about another district is left out.
 * - direction: the record belongs to one of the chosen strategic directions.
 * - status: applies to measures only; other records are not narrowed by it (pages say so).
 * - progress: a target's status by the progress method; applies to targets only.
 * - year: a record passes when its date falls in a chosen year. An indicator is not a dated record: its
 *   figures are narrowed to those years, and it shows its latest figure within them, or "no figure in
 *   these years" (lib/queries/select.ts).
 * - q: text search, over what a table row shows (lib/tables/search.ts).
 */
import type { DirectionCode, MeasureStatus, TargetStatus } from "@/lib/domain/codes";

export const FILTER_DIMENSIONS = ["district", "sector", "direction", "status", "progress", "year"] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** What the reader narrowed the view to. Empty lists mean "no filter on that dimension". */
export interface Filter {
  districts: string[];
  sectors: string[];
  directions: DirectionCode[];
  statuses: MeasureStatus[];
  /** Target statuses (the progress method's): narrows targets only. */
  progress: TargetStatus[];
  years: number[];
  q: string;
}

/**
 * The one mapping of a dimension's name (`district`, as the address and the API write it) to its list in a
 * filter and in the filter options (`districts`).
 */
export const FILTER_FIELD = {
  district: "districts",
  sector: "sectors",
  direction: "directions",
  status: "statuses",
  progress: "progress",
  year: "years",
} as const satisfies Record<FilterDimension, keyof Filter>;

export const EMPTY_FILTER: Filter = {
  districts: [],
  sectors: [],
  directions: [],
  statuses: [],
  progress: [],
  years: [],
  q: "",
};

/** What one record is about, on each filter dimension. */
export interface Facets {
  /** Districts the record is about; null = not broken down by district (e.g. all of Beijing). */
  districts: readonly string[] | null;
  /** Sectors the record is about; null = not broken down by sector. */
  sectors: readonly string[] | null;
  directions: readonly DirectionCode[];
  /** Only measures have a status. */
  status: MeasureStatus | null;
  /** Only targets have a progress status. */
  progress?: TargetStatus | null;
  /** Years the record's date falls in; empty for an undated record. */
  years: readonly number[];
}

/** The dimensions on which an active filter could not narrow a record (it has no breakdown there). */
export type Unbroken = ("district" | "sector")[];

export function isFilterActive(
  filter: Filter,
  dims: readonly FilterDimension[] = FILTER_DIMENSIONS,
): boolean {
  return activeDimensions(filter, dims).length > 0 || filter.q.trim() !== "";
}

/** The dimensions among `dims` on which the filter chooses something. */
export function activeDimensions(
  filter: Filter,
  dims: readonly FilterDimension[] = FILTER_DIMENSIONS,
): FilterDimension[] {
  return dims.filter((d) => valuesOf(filter, d).length > 0);
}

/** The filter's chosen values on one dimension, as strings (years too). */
export function valuesOf(filter: Filter, dim: FilterDimension): string[] {
  const values: readonly (string | number)[] = filter[FILTER_FIELD[dim]];
  return values.map(String);
}

/**
 * The filter with one dimension's values replaced, given as the address writes them (years as digits).
 * The caller gives codes valid for the dimension (the filter bar's options); links go through
 * `validateFilter` instead.
 */
export function withValues(filter: Filter, dim: FilterDimension, values: readonly string[]): Filter {
  return { ...filter, [FILTER_FIELD[dim]]: dim === "year" ? values.map(Number) : [...values] };
}

function anyIn<T>(values: readonly T[], wanted: ReadonlySet<T>): boolean {
  // An indexed loop: this runs once per row on 100,000 rows in the benchmark.
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i] as T)) return true;
  return false;
}

/**
 * Compiles the filter into one test per record that checks only the active dimensions among `dims`
 * (the dimensions that apply to this kind of record). Returns null when nothing is active.
 * The test answers false (left out), or the dimensions the record is not broken down on.
 */
export function compileFilter(
  filter: Filter,
  dims: readonly FilterDimension[],
): ((facets: Facets) => Unbroken | false) | null {
  const on = (dim: FilterDimension) => dims.includes(dim) && valuesOf(filter, dim).length > 0;
  const districts = on("district") ? new Set(filter.districts) : null;
  const sectors = on("sector") ? new Set(filter.sectors) : null;
  const directions = on("direction") ? new Set<string>(filter.directions) : null;
  const statuses = on("status") ? new Set<string>(filter.statuses) : null;
  const progress = on("progress") ? new Set<string>(filter.progress) : null;
  const years = on("year") ? new Set(filter.years) : null;
  if (!districts && !sectors && !directions && !statuses && !progress && !years) return null;
  return (f) => {
    if (directions && !anyIn<string>(f.directions, directions)) return false;
    if (statuses && (f.status === null || !statuses.has(f.status))) return false;
    if (progress && (f.progress == null || !progress.has(f.progress))) return false;
    if (years && !anyIn(f.years, years)) return false;
    const unbroken: Unbroken = [];
    if (districts) {
      if (f.districts === null) unbroken.push("district");
      else if (!anyIn(f.districts, districts)) return false;
    }
    if (sectors) {
      if (f.sectors === null) unbroken.push("sector");
      else if (!anyIn(f.sectors, sectors)) return false;
    }
    return unbroken;
  };
}

/** The filter with only the given dimensions (and the text search) kept: what one table or page applies. */
export function restrictFilter(filter: Filter, dims: readonly FilterDimension[]): Filter {
  let out: Filter = { ...EMPTY_FILTER, q: filter.q };
  for (const dim of dims) out = { ...out, [FILTER_FIELD[dim]]: filter[FILTER_FIELD[dim]] };
  return out;
}

/** One record against the filter: false when left out, else the dimensions it is not broken down on. */
export function fitOf(facets: Facets, filter: Filter, dims: readonly FilterDimension[]): Unbroken | false {
  const test = compileFilter(filter, dims);
  return test ? test(facets) : [];
}

/** Lowercased, width-folded text for case- and width-insensitive search ("ＡＩ" finds "ai"). */
export function foldText(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase();
}

/** A short, file-name-safe description of the active filters: "district-haidian_sector-smart-city". */
export function describeFilter(filter: Filter): string {
  const parts = FILTER_DIMENSIONS.flatMap((dim) => {
    const values = valuesOf(filter, dim);
    return values.length > 0 ? [`${dim}-${values.join("+")}`] : [];
  });
  const q = filter.q.trim();
  if (q)
    parts.push(
      `search-${q
        .normalize("NFKC")
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .slice(0, 30)}`,
    );
  return parts.join("_");
}
