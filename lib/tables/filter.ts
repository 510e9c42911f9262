/** Applies a Filter to table rows. Rows with no breakdown on a filtered dimension stay, flagged. */
import type { Filter } from "@/lib/filter/filter";
import { recordSubset } from "./subset";
import type { FilterDimension, Primitive, TableRow } from "./types";

/** Search texts, one per row, kept beside each rows array (an index lookup beats a per-row map). */
const searchCache = new WeakMap<readonly TableRow[], (string | undefined)[]>();

function textsOf(rows: readonly TableRow[]): (string | undefined)[] {
  let texts = searchCache.get(rows);
  if (!texts) {
    texts = new Array<string | undefined>(rows.length);
    searchCache.set(rows, texts);
  }
  return texts;
}

function searchText(row: TableRow): string {
  const parts: Primitive[] = [...Object.values(row.values), ...Object.values(row.display ?? {})];
  return parts
    .filter((p) => p !== null)
    .join("\u0000")
    .normalize("NFKC")
    .toLocaleLowerCase();
}

/** Builds the search text of rows [from, to) ahead of time (the table does this in idle time). */
export function warmSearch(rows: readonly TableRow[], from: number, to: number): void {
  const texts = textsOf(rows);
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const row = rows[i];
    if (row && texts[i] === undefined) texts[i] = searchText(row);
  }
}

function anyIn(values: readonly string[], wanted: ReadonlySet<string>): boolean {
  // An indexed loop: this runs once per row on 100,000 rows, and iterators cost more in the browser.
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i] as string)) return true;
  return false;
}

/**
 * Turns a filter into one test per row that checks only the active dimensions. Rows with no
 * district or sector breakdown pass those tests (and are flagged on screen, see unbrokenDimensions).
 */
function dimensionTest(
  filter: Filter,
  dimensions: readonly FilterDimension[],
): ((row: TableRow) => boolean) | null {
  const active = (dim: FilterDimension, values: readonly unknown[]) =>
    dimensions.includes(dim) && values.length > 0 ? new Set(values.map(String)) : null;
  const districts = active("district", filter.districts);
  const sectors = active("sector", filter.sectors);
  const directions = active("direction", filter.directions);
  const statuses = active("status", filter.statuses);
  const years = active("year", filter.years);
  if (!districts && !sectors && !directions && !statuses && !years) return null;
  return ({ dims: d }) =>
    (districts === null || d.districts === null || anyIn(d.districts, districts)) &&
    (sectors === null || d.sectors === null || anyIn(d.sectors, sectors)) &&
    (directions === null || anyIn(d.directions, directions)) &&
    (statuses === null || (d.status !== null && statuses.has(d.status))) &&
    (years === null || d.years.some((y) => years.has(String(y))));
}

/** The rows that pass the filter, in their input order; the rows themselves when no filter is active. */
export function filterRows<R extends TableRow>(
  rows: readonly R[],
  filter: Filter,
  dimensions: readonly FilterDimension[],
): readonly R[] {
  const needle = filter.q.trim().normalize("NFKC").toLocaleLowerCase();
  const test = dimensionTest(filter, dimensions);
  if (needle === "" && test === null) return rows;
  const texts = needle === "" ? [] : textsOf(rows);
  const out: R[] = [];
  const at = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as R;
    if (test !== null && !test(row)) continue;
    if (needle !== "") {
      let text = texts[i];
      if (text === undefined) text = texts[i] = searchText(row);
      if (!text.includes(needle)) continue;
    }
    at[out.length] = i;
    out.push(row);
  }
  recordSubset(out, rows, at.subarray(0, out.length));
  return out;
}

/** Which active filters a row is not broken down by ("district", "sector"), for the on-screen note. */
export function unbrokenDimensions(
  row: TableRow,
  filter: Filter,
  dimensions: readonly FilterDimension[],
): ("district" | "sector")[] {
  const out: ("district" | "sector")[] = [];
  if (dimensions.includes("district") && filter.districts.length > 0 && row.dims.districts === null)
    out.push("district");
  if (dimensions.includes("sector") && filter.sectors.length > 0 && row.dims.sectors === null)
    out.push("sector");
  return out;
}
