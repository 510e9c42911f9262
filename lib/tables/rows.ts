/**
 * Rows of every table, built from one filtered selection. The table pages, their exports, the API (JSON
 * and CSV) and the data package all serialise these rows, so each shows the same figures for a filter.
 * Each table's rows are shaped from its query view, which carries everything a row needs (the record's
 * facets and what the filter could not narrow it on): no record is looked up again here.
 */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { perLocale } from "@/lib/queries/refs";
import { select, type Selection } from "@/lib/queries/select";
import type { TableId } from "./columns";
import type { TableRow } from "./row";
import { cityRows, sourceRows } from "./rows-others";
import { documentRows, entityRows, measureRows } from "./rows-records";
import { indicatorRows, observationRows } from "./rows-series";
import { targetRows } from "./rows-targets";

type Builders = { [T in TableId]: (sel: Selection, locale: Locale) => TableRow<T>[] };

/** Each table's rows, built once per selection, language and day. */
const cached: Builders = {
  indicators: perLocale(indicatorRows),
  observations: perLocale(observationRows),
  targets: perLocale(targetRows),
  measures: perLocale(measureRows),
  entities: perLocale(entityRows),
  documents: perLocale(documentRows),
  cities: perLocale(cityRows),
  sources: perLocale(sourceRows),
};

/** The rows of one table for a selection, built once per selection and language. */
export function rowsOf<T extends TableId>(sel: Selection, table: T, locale: Locale): TableRow<T>[] {
  const build: (sel: Selection, locale: Locale) => TableRow<T>[] = cached[table];
  return build(sel, locale);
}

/**
 * How many rows a table has for a selection, counted on the selection itself (no view or row is built):
 * one row per record the filter left, one per figure of each listed series.
 */
export function rowCount(sel: Selection, table: TableId): number {
  switch (table) {
    case "indicators":
      return sel.indicators.length;
    case "observations":
      return sel.indicators.reduce((n, s) => n + s.observations.length, 0);
    case "targets":
      return sel.targets.length;
    case "measures":
      return sel.measures.length;
    case "entities":
      return sel.entities.length;
    case "documents":
      return sel.documents.length;
    case "cities":
      return sel.cityFigures.length;
    case "sources":
      return sel.sources.length;
  }
}

/** Rows of the table with no filter at all: the "of N" a table and a spreadsheet state. */
export function tableTotal(ds: Dataset, table: TableId): number {
  return rowCount(select(ds), table);
}

/** The rows of one table under a filter (its text search is applied by narrowRows, not here). */
export function tableRows<T extends TableId>(
  ds: Dataset,
  table: T,
  locale: Locale,
  filter: Filter = EMPTY_FILTER,
): TableRow<T>[] {
  return rowsOf(select(ds, filter), table, locale);
}

const byId = new WeakMap<object, ReadonlyMap<string, unknown>>();

function indexById<R extends { id: string }>(rows: readonly R[]): ReadonlyMap<string, R> {
  const kept = byId.get(rows) as ReadonlyMap<string, R> | undefined;
  if (kept) return kept;
  const made = new Map(rows.map((r) => [r.id, r]));
  byId.set(rows, made);
  return made;
}

/** One row of a table by its record's id (the API's item), from an index kept beside the rows. */
export function tableRow<T extends TableId>(
  ds: Dataset,
  table: T,
  locale: Locale,
  id: string,
): TableRow<T> | undefined {
  return indexById(tableRows(ds, table, locale)).get(id);
}

/** Entity rows for a whole dataset, with no filter. */
export function entityRowsOf(ds: Dataset, locale: Locale): TableRow<"entities">[] {
  return entityRows(select(ds), locale);
}
