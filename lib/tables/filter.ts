/** Applies a Filter to table rows. Rows with no breakdown on a filtered dimension stay, flagged. */
import type { Filter } from "@/lib/filters";
import type { FilterDimension, Primitive, TableRow } from "./types";

const searchCache = new WeakMap<TableRow, string>();

/** Builds the search text of rows [from, to) ahead of time (the table does this in idle time). */
export function warmSearch(rows: readonly TableRow[], from: number, to: number): void {
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const row = rows[i];
    if (row) searchText(row);
  }
}

function searchText(row: TableRow): string {
  let text = searchCache.get(row);
  if (text === undefined) {
    const parts: Primitive[] = [...Object.values(row.values), ...Object.values(row.display ?? {})];
    text = parts
      .filter((p) => p !== null)
      .join("\u0000")
      .normalize("NFKC")
      .toLocaleLowerCase();
    searchCache.set(row, text);
  }
  return text;
}

export function rowMatches(
  row: TableRow,
  filter: Filter,
  dimensions: readonly FilterDimension[],
  needle: string,
): boolean {
  const d = row.dims;
  if (dimensions.includes("district") && filter.districts.length > 0 && d.districts !== null) {
    if (!d.districts.some((x) => filter.districts.includes(x))) return false;
  }
  if (dimensions.includes("sector") && filter.sectors.length > 0 && d.sectors !== null) {
    if (!d.sectors.some((x) => filter.sectors.includes(x))) return false;
  }
  if (dimensions.includes("direction") && filter.directions.length > 0) {
    if (!d.directions.some((x) => filter.directions.includes(x))) return false;
  }
  if (dimensions.includes("status") && filter.statuses.length > 0) {
    if (d.status === null || !filter.statuses.includes(d.status)) return false;
  }
  if (dimensions.includes("year") && filter.years.length > 0) {
    if (!d.years.some((y) => filter.years.includes(y))) return false;
  }
  return needle === "" || searchText(row).includes(needle);
}

export function filterRows<R extends TableRow>(
  rows: readonly R[],
  filter: Filter,
  dimensions: readonly FilterDimension[],
): R[] {
  const needle = filter.q.trim().normalize("NFKC").toLocaleLowerCase();
  return rows.filter((r) => rowMatches(r, filter, dimensions, needle));
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
