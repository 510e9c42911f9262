/** The row every table, export and API answer is made of. Plain data: it travels to the browser as JSON. */
import type { Facets, Unbroken } from "@/lib/filter/filter";
import type { CellValue, ColumnIdOf, RowValues, TableId } from "./columns";

export interface RowLinks {
  /** Page of the record (path without the language prefix), e.g. "/directions/talent#indicator-x". */
  page: string | null;
  /** Id of the row's source on the sources page. */
  source: string | null;
}

/** A row of table T, typed column by column. */
export interface TableRow<T extends TableId> {
  id: string;
  values: RowValues<T>;
  /** How a value reads on screen where that differs from the raw value ("over 2,400 enterprises"). */
  display: Partial<Record<ColumnIdOf<T>, string>>;
  links: RowLinks;
  /** What the record is about on each filter dimension, as the selection tested it. */
  facets: Facets;
  /**
   * Active filter dimensions the record could not be narrowed on, as the selection found them: the row
   * says "not broken down by district" (sector). The browser shows them; it does not work them out.
   */
  notes: Unbroken;
}

/** Any table's row, as the generic table UI, search and sort see it. Every TableRow<T> is one. */
export interface GridRow {
  id: string;
  values: Readonly<Record<string, CellValue>>;
  display: Readonly<Partial<Record<string, string>>>;
  links: RowLinks;
  facets: Facets;
  notes: Unbroken;
}

export const BREAKDOWNS = ["city-wide", "district", "not-recorded"] as const;
/** How a record relates to districts: a city-wide figure, a district's, or a district not recorded. */
export type Breakdown = (typeof BREAKDOWNS)[number];

declare const packed: unique symbol;
/**
 * A table's rows as one JSON text, as they travel to the browser. The page's React payload is decoded value
 * by value (a reviver call for each key of each row); a text is one value, which the browser's own JSON
 * parser then reads at native speed. On a phone-speed CPU this takes about 50 ms off the indicators
 * table's start (scripts/perf: perf:tasks, before and after).
 */
export type PackedRows = string & { readonly [packed]: true };

export function packRows(rows: readonly GridRow[]): PackedRows {
  return JSON.stringify(rows) as PackedRows;
}

export function unpackRows(text: PackedRows): readonly GridRow[] {
  return JSON.parse(text) as GridRow[];
}
