/**
 * Narrowing rows in a table: the text search (q) over what each row shows, and, for rows built without
 * a filter, the filter itself through the one test in lib/filter/filter.ts.
 * Search texts are kept beside each rows array, built on first use or ahead of time in idle moments.
 */
import { compileFilter, foldText, type Facets, type Filter, type FilterDimension } from "@/lib/filter/filter";
import type { CodeNames, Option } from "@/lib/filter/options";
import { cellScalar } from "./columns";
import type { GridRow } from "./row";
import { recordSubset } from "./subset";

const searchCache = new WeakMap<readonly GridRow[], (string | undefined)[]>();

function textsOf(rows: readonly GridRow[]): (string | undefined)[] {
  let texts = searchCache.get(rows);
  if (!texts) {
    texts = new Array<string | undefined>(rows.length);
    searchCache.set(rows, texts);
  }
  return texts;
}

/** Everything a row shows, folded for case- and width-insensitive matching. */
function searchText(row: GridRow): string {
  const parts = [...Object.values(row.values), ...Object.values(row.display)].map(cellScalar);
  return foldText(parts.filter((p) => p !== null).join("\u0000"));
}

/** Builds the search text of rows [from, to) ahead of time (the table does this in idle time). */
export function warmSearch(rows: readonly GridRow[], from: number, to: number): void {
  const texts = textsOf(rows);
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const row = rows[i];
    if (row && texts[i] === undefined) texts[i] = searchText(row);
  }
}

/** The codes among `options` that one of their names (in any language) contains the needle in. */
function named(options: readonly Option[], needle: string): Set<string> | null {
  const codes = options.filter((o) => o.names?.some((n) => foldText(n).includes(needle))).map((o) => o.value);
  return codes.length > 0 ? new Set(codes) : null;
}

/**
 * A test for rows about a district, sector or direction named by the needle in any language (the row shows
 * its name in the reader's language only), or null when the needle names none.
 */
function aboutNamed(names: CodeNames | undefined, needle: string): ((f: Facets) => boolean) | null {
  if (!names || needle === "") return null;
  const districts = named(names.districts, needle);
  const sectors = named(names.sectors, needle);
  const directions = named(names.directions, needle);
  if (!districts && !sectors && !directions) return null;
  const any = (codes: readonly string[] | null, wanted: Set<string> | null) =>
    wanted !== null && codes !== null && codes.some((c) => wanted.has(c));
  return (f) => any(f.districts, districts) || any(f.sectors, sectors) || any(f.directions, directions);
}

/**
 * The rows that pass, in input order; the rows themselves when nothing narrows them. `dims` are the
 * filter dimensions to test on the rows' facets: none for rows already built from a filtered selection
 * (tables and the API), the table's own for rows built without one. The text search
 * matches what a row shows, or the name in any language of a district, sector or direction it is about.
 */
export function narrowRows<R extends GridRow>(
  rows: readonly R[],
  filter: Pick<Filter, "q"> & Partial<Filter>,
  dims: readonly FilterDimension[] = [],
  names?: CodeNames,
): readonly R[] {
  const needle = foldText(filter.q.trim());
  const about = aboutNamed(names, needle);
  const test =
    dims.length > 0
      ? compileFilter(
          {
            districts: filter.districts ?? [],
            sectors: filter.sectors ?? [],
            directions: filter.directions ?? [],
            statuses: filter.statuses ?? [],
            progress: filter.progress ?? [],
            years: filter.years ?? [],
            q: "",
          },
          dims,
        )
      : null;
  if (needle === "" && test === null) return rows;
  const texts = needle === "" ? [] : textsOf(rows);
  const out: R[] = [];
  const at = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as R;
    if (test !== null && test(row.facets) === false) continue;
    if (needle !== "") {
      let text = texts[i];
      if (text === undefined) text = texts[i] = searchText(row);
      if (!text.includes(needle) && !(about !== null && about(row.facets))) continue;
    }
    at[out.length] = i;
    out.push(row);
  }
  recordSubset(out, rows, at.subarray(0, out.length));
  return out;
}
