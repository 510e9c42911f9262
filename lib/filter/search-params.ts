/**
 * The view's state in the address, one definition for the server (nuqs loader) and the browser (nuqs
 * hooks). Parameters, the same on pages and in the API:
 *   district, sector, direction, status, progress, year   comma-separated codes ("district=haidian,bda")
 *   q      free-text search
 *   sort   comma-separated column ids, "-" for descending ("sort=-value,label")
 *   hide   comma-separated hidden column ids (absent: the table's default columns)
 * The parsers fix the types; `checkView` then drops values this dataset or table does not know and
 * reports each as a notice the page shows. Nothing in a link is ever fatal on a page.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import {
  DIRECTION_CODES,
  MEASURE_STATUSES,
  TARGET_STATUSES,
  type DirectionCode,
  type MeasureStatus,
  type TargetStatus,
} from "@/lib/domain/codes";
import type { SortKey } from "@/lib/tables/sort";
import type { FilterOptions } from "./options";
import { FILTER_DIMENSIONS, FILTER_FIELD, valuesOf, type Filter, type FilterDimension } from "./filter";

export const MAX_QUERY_LENGTH = 200;

const parseAsYear = createParser({
  parse: (v: string) => (/^\d{4}$/.test(v) ? Number(v) : null),
  serialize: (n: number) => String(n),
});

const parseAsSortKey = createParser({
  parse: (v: string): SortKey | null => {
    const desc = v.startsWith("-");
    const id = desc ? v.slice(1) : v;
    return /^[a-z][a-z0-9_]*$/.test(id) ? { id, desc } : null;
  },
  serialize: (s: SortKey) => `${s.desc ? "-" : ""}${s.id}`,
  eq: (a: SortKey, b: SortKey) => a.id === b.id && a.desc === b.desc,
});

const codes = parseAsArrayOf(parseAsString).withDefault([]);

/** Filter parameters: the ones every page with a filter bar reads. */
export const filterParsers = {
  district: codes,
  sector: codes,
  direction: parseAsArrayOf(parseAsStringLiteral(DIRECTION_CODES)).withDefault([]),
  status: parseAsArrayOf(parseAsStringLiteral(MEASURE_STATUSES)).withDefault([]),
  progress: parseAsArrayOf(parseAsStringLiteral(TARGET_STATUSES)).withDefault([]),
  year: parseAsArrayOf(parseAsYear).withDefault([]),
  q: parseAsString.withDefault(""),
};

/** Table parameters: the sort order and the hidden columns. */
export const tableParsers = {
  sort: parseAsArrayOf(parseAsSortKey).withDefault([]),
  hide: parseAsArrayOf(parseAsString),
};

export const viewParsers = { ...filterParsers, ...tableParsers };
export const VIEW_PARAMS = Object.keys(viewParsers) as (keyof typeof viewParsers)[];

export const loadView = createLoader(viewParsers);
export const serializeView = createSerializer(viewParsers);

export interface ViewState {
  filter: Filter;
  sort: SortKey[];
  /** Hidden column ids; null when the link does not say (the table's defaults apply). */
  hidden: string[] | null;
}

export interface UrlNotice {
  param: string;
  value: string;
  /** Message key in the "notices" catalog namespace. */
  reason:
    | "unknownDistrict"
    | "unknownSector"
    | "unknownDirection"
    | "unknownStatus"
    | "badYear"
    | "unknownColumn"
    | "duplicate"
    | "tooLong";
}

/** What is valid here: codes from the dataset, columns of the table shown (if any). */
export interface UrlContext {
  districts: readonly string[];
  sectors: readonly string[];
  years: readonly number[];
  columns?: readonly string[];
}

/**
 * The same context, from the options a client component received (here, not beside the options in
 * options.ts, which words them with the message catalogs: the browser's code never carries a catalog).
 */
export function contextFromOptions(options: FilterOptions, columns?: readonly string[]): UrlContext {
  return {
    districts: options.districts.map((o) => o.value),
    sectors: options.sectors.map((o) => o.value),
    years: options.years.map((o) => Number(o.value)),
    columns,
  };
}

type Raw = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every value a link gives a parameter (a parameter given twice has two). */
function rawValues(raw: Raw, name: string): string[] {
  const values = raw instanceof URLSearchParams ? raw.getAll(name) : [raw[name]].flat();
  return values.filter((v): v is string => typeof v === "string");
}

/**
 * One series: the indicator id(s) the change log (one) and the API's lists of indicators, observations and
 * targets (comma-separated) are narrowed to. Not a filter dimension: only records of a series have one.
 */
export const INDICATOR_PARAM = "indicator";

/** The change log's page number, and its switch that lists technical changes too ("1"). */
export const PAGE_PARAM = "page";
export const TECHNICAL_PARAM = "technical";

/**
 * Every parameter a page reads from its address: a view's, and the change log's indicator, page and
 * technical switch. A query naming anything else is no view of its own, so the server does not keep a copy
 * of it (proxy.ts).
 */
export const PAGE_QUERY_PARAMS: ReadonlySet<string> = new Set([
  ...VIEW_PARAMS,
  INDICATOR_PARAM,
  PAGE_PARAM,
  TECHNICAL_PARAM,
]);

/** The parameters a page's server render depends on; search, sort and hidden columns stay in the browser. */
const SERVER_PARAMS = [
  "district",
  "sector",
  "direction",
  "status",
  "progress",
  "year",
  INDICATOR_PARAM,
] as const;

/**
 * The part of a link that the server renders a page for, as a canonical string ("" for the default view).
 * A page says which one it was rendered for (the filter bar's `data-rendered`), so a test can tell when the
 * view for a new address has arrived.
 */
export function serverQuery(raw: Raw): string {
  return SERVER_PARAMS.flatMap((name) => {
    const value = rawValues(raw, name)[0];
    return value === undefined || value === "" ? [] : [`${name}=${value}`];
  }).join("&");
}

/** The comma-separated items of a parameter's first value: the one the parsers read, as nuqs does. */
function rawItems(raw: Raw, name: string): string[] {
  return (rawValues(raw, name)[0] ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/**
 * The indicator ids a link asks for (`indicator=a,b`, the first value as for every list), split into the
 * ones `known` holds and the ones it does not (each reported once).
 */
export function indicatorsOf(
  raw: Raw,
  known: { has(id: string): boolean },
): { ids: string[]; unknown: string[] } {
  const items = [...new Set(rawItems(raw, INDICATOR_PARAM))];
  return { ids: items.filter((id) => known.has(id)), unknown: items.filter((id) => !known.has(id)) };
}

/** What the nuqs parsers make of the filter parameters (typed, not yet checked against the dataset). */
export type ParsedFilter = {
  district: readonly string[];
  sector: readonly string[];
  direction: readonly DirectionCode[];
  status: readonly MeasureStatus[];
  progress: readonly TargetStatus[];
  year: readonly number[];
  q: string;
};

const uniqueIn = <T extends string | number>(values: readonly T[], valid: readonly T[]): T[] =>
  [...new Set(values)].filter((v) => valid.includes(v));

/** The filter a parsed link asks for, keeping only codes this dataset knows. */
export function validateFilter(parsed: ParsedFilter, ctx: UrlContext): Filter {
  return {
    districts: uniqueIn(parsed.district, ctx.districts),
    sectors: uniqueIn(parsed.sector, ctx.sectors),
    directions: uniqueIn(parsed.direction, DIRECTION_CODES),
    statuses: uniqueIn(parsed.status, MEASURE_STATUSES),
    progress: uniqueIn(parsed.progress, TARGET_STATUSES),
    years: uniqueIn(parsed.year, ctx.years),
    q: parsed.q.slice(0, MAX_QUERY_LENGTH),
  };
}

/** The sort keys a parsed link asks for, keeping the first key of each known column. */
export function validateSort(sort: readonly SortKey[], columns: readonly string[]): SortKey[] {
  const out: SortKey[] = [];
  for (const key of sort) if (columns.includes(key.id) && !out.some((k) => k.id === key.id)) out.push(key);
  return out;
}

const REASONS: Record<string, UrlNotice["reason"]> = {
  district: "unknownDistrict",
  sector: "unknownSector",
  direction: "unknownDirection",
  status: "unknownStatus",
  progress: "unknownStatus",
  year: "badYear",
  sort: "unknownColumn",
  hide: "unknownColumn",
};

/**
 * Parses a link into a view with the shared nuqs parsers, keeps only what this dataset and table know,
 * and reports each value it dropped. Runs on the server (pages, API) and in the browser alike.
 */
export function checkView(raw: Raw, ctx: UrlContext): { view: ViewState; notices: UrlNotice[] } {
  const parsed = loadView(raw instanceof URLSearchParams ? raw : toSearchParams(raw));
  const columns = ctx.columns ?? [];
  const filter = validateFilter(parsed, ctx);
  const sort = validateSort(parsed.sort, columns);
  const hidden = parsed.hide === null ? null : uniqueIn(parsed.hide, columns);
  const kept: Record<string, string[]> = {
    ...Object.fromEntries(FILTER_DIMENSIONS.map((dim) => [dim, valuesOf(filter, dim)])),
    sort: sort.map((k) => `${k.desc ? "-" : ""}${k.id}`),
    hide: hidden ?? [],
  };
  const notices: UrlNotice[] = [];
  for (const [param, reason] of Object.entries(REASONS)) {
    const left = [...(kept[param] ?? [])];
    for (const value of rawItems(raw, param)) {
      const at = left.indexOf(value);
      if (at >= 0) left.splice(at, 1);
      else if (param === "sort" && sort.some((k) => k.id === value.replace(/^-/, "")))
        notices.push({ param, value, reason: "duplicate" });
      else if (!(kept[param] ?? []).includes(value)) notices.push({ param, value, reason });
    }
  }
  // A parameter given twice: the first counts, the others are reported (lists take commas instead).
  for (const param of VIEW_PARAMS)
    for (const value of rawValues(raw, param).slice(1)) notices.push({ param, value, reason: "duplicate" });
  const q = parsed.q;
  if (q.length > MAX_QUERY_LENGTH)
    notices.push({ param: "q", value: `${q.slice(0, 20)}…`, reason: "tooLong" });
  return { view: { filter, sort, hidden }, notices };
}

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of [value].flat()) if (typeof v === "string") out.append(key, v);
  }
  return out;
}

/** A filter as nuqs parameter values: an empty list is no parameter at all. */
export function filterValues(f: Filter): { [D in FilterDimension]: Filter[(typeof FILTER_FIELD)[D]] | null } {
  const list = <D extends FilterDimension>(dim: D) => {
    const values = f[FILTER_FIELD[dim]];
    return values.length > 0 ? values : null;
  };
  return {
    district: list("district"),
    sector: list("sector"),
    direction: list("direction"),
    status: list("status"),
    progress: list("progress"),
    year: list("year"),
  };
}

/** The query string of a view (without "?"), as links and the filter bar write it. */
export function viewQuery(view: ViewState): string {
  return serializeView({
    ...filterValues(view.filter),
    q: view.filter.q.trim() ? view.filter.q : null,
    sort: view.sort.length ? view.sort : null,
    hide: view.hidden,
  }).replace(/^\?/, "");
}
