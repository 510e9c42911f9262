/**
 * The one module that reads and writes view state in the URL, on the server and in the browser.
 * Query parameters (the API uses the same names):
 *   district, sector, direction, status, year  comma-separated codes ("district=haidian,bda")
 *   q      free-text search
 *   sort   comma-separated column ids, "-" for descending ("sort=-value,label")
 *   hide   comma-separated hidden column ids
 * Unknown values are dropped, never fatal; each drop is reported as a notice the page shows.
 */
import { DIRECTION_CODES, MEASURE_STATUSES, type DirectionCode } from "@/lib/domain/codes";
import type { Filter, MeasureStatus } from "@/lib/filter/filter";

export interface SortKey {
  id: string;
  desc: boolean;
}

export interface ViewState {
  filter: Filter;
  sort: SortKey[];
  hidden: string[];
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

/** What is valid on this page: codes from the dataset, columns of the table shown (if any). */
export interface UrlContext {
  districts: readonly string[];
  sectors: readonly string[];
  years?: readonly number[];
  columns?: readonly string[];
  sortable?: readonly string[];
}

export const FILTER_PARAMS = ["district", "sector", "direction", "status", "year", "q"] as const;
export const VIEW_PARAMS = [...FILTER_PARAMS, "sort", "hide"] as const;
export const MAX_Q_LENGTH = 200;

type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;

function values(input: SearchInput, name: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(name) : [input[name]].flat();
  return raw
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function keep<T extends string>(
  list: string[],
  valid: readonly string[],
  param: string,
  reason: UrlNotice["reason"],
  notices: UrlNotice[],
): T[] {
  const out: T[] = [];
  for (const v of list) {
    if (!valid.includes(v)) notices.push({ param, value: v, reason });
    else if (!out.includes(v as T)) out.push(v as T);
  }
  return out;
}

export function parseViewState(
  input: SearchInput,
  ctx: UrlContext,
): { state: ViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const districts = keep<string>(
    values(input, "district"),
    ctx.districts,
    "district",
    "unknownDistrict",
    notices,
  );
  const sectors = keep<string>(values(input, "sector"), ctx.sectors, "sector", "unknownSector", notices);
  const directions = keep<DirectionCode>(
    values(input, "direction"),
    DIRECTION_CODES,
    "direction",
    "unknownDirection",
    notices,
  );
  const statuses = keep<MeasureStatus>(
    values(input, "status"),
    MEASURE_STATUSES,
    "status",
    "unknownStatus",
    notices,
  );
  const years: number[] = [];
  for (const v of values(input, "year")) {
    const n = /^\d{4}$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n) || (ctx.years !== undefined && !ctx.years.includes(n)))
      notices.push({ param: "year", value: v, reason: "badYear" });
    else if (!years.includes(n)) years.push(n);
  }
  let q = (input instanceof URLSearchParams ? input.get("q") : [input.q].flat()[0]) ?? "";
  if (q.length > MAX_Q_LENGTH) {
    notices.push({ param: "q", value: `${q.slice(0, 20)}…`, reason: "tooLong" });
    q = q.slice(0, MAX_Q_LENGTH);
  }
  const sort: SortKey[] = [];
  const sortable = ctx.sortable ?? ctx.columns ?? [];
  for (const v of values(input, "sort")) {
    const desc = v.startsWith("-");
    const id = desc ? v.slice(1) : v;
    if (!sortable.includes(id)) notices.push({ param: "sort", value: v, reason: "unknownColumn" });
    else if (sort.some((s) => s.id === id)) notices.push({ param: "sort", value: v, reason: "duplicate" });
    else sort.push({ id, desc });
  }
  const hidden = keep<string>(values(input, "hide"), ctx.columns ?? [], "hide", "unknownColumn", notices);
  return {
    state: { filter: { districts, sectors, directions, statuses, years, q }, sort, hidden },
    notices,
  };
}

/** Writes a view state back as a query string (without "?"), keeping any unrelated parameters of `base`. */
export function serializeViewState(state: ViewState, base?: URLSearchParams): string {
  const out = new URLSearchParams(base);
  for (const p of VIEW_PARAMS) out.delete(p);
  const f = state.filter;
  if (f.districts.length) out.set("district", f.districts.join(","));
  if (f.sectors.length) out.set("sector", f.sectors.join(","));
  if (f.directions.length) out.set("direction", f.directions.join(","));
  if (f.statuses.length) out.set("status", f.statuses.join(","));
  if (f.years.length) out.set("year", f.years.join(","));
  if (f.q.trim()) out.set("q", f.q);
  if (state.sort.length) out.set("sort", state.sort.map((s) => `${s.desc ? "-" : ""}${s.id}`).join(","));
  if (state.hidden.length) out.set("hide", state.hidden.join(","));
  return out.toString().replace(/%2C/g, ",");
}

/** A short, file-name-safe description of the active filters: "district-haidian_sector-smart-city". */
export function describeFilter(filter: Filter): string {
  const parts: string[] = [];
  if (filter.districts.length) parts.push(`district-${filter.districts.join("+")}`);
  if (filter.sectors.length) parts.push(`sector-${filter.sectors.join("+")}`);
  if (filter.directions.length) parts.push(`direction-${filter.directions.join("+")}`);
  if (filter.statuses.length) parts.push(`status-${filter.statuses.join("+")}`);
  if (filter.years.length) parts.push(`year-${filter.years.join("+")}`);
  if (filter.q.trim())
    parts.push(
      `search-${filter.q
        .trim()
        .normalize("NFKC")
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .slice(0, 30)}`,
    );
  return parts.join("_");
}
