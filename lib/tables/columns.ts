/**
 * The columns of every table, declared once: the table UI, the CSV exports, the API (JSON, CSV, its
 * OpenAPI schemas) and the data package all read these. A column's type fixes the type of its values.
 * No zod here: the browser imports this module.
 */
import type { FilterDimension } from "@/lib/filter/filter";

export const TABLE_IDS = [
  "indicators",
  "observations",
  "targets",
  "measures",
  "entities",
  "documents",
  "cities",
  "sources",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export type ColumnType =
  | "text"
  | "number"
  | "share"
  | "date"
  | "status"
  | "target-status"
  | "confidence"
  | "breakdown"
  | "source"
  | "url"
  | "code";

export type Primitive = string | number | null;

/** A cell's value: a number, a text, several texts (a list column), or nothing. */
export type CellValue = Primitive | readonly string[];

/** How a list column's values are joined in a CSV or spreadsheet cell (no value in the data contains it). */
export const LIST_SEPARATOR = "; ";

/** A cell as one scalar: a list's values joined with LIST_SEPARATOR, an empty list as nothing. */
export function cellScalar(value: CellValue | undefined): Primitive {
  if (value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value === null) return value;
  return value.length === 0 ? null : value.join(LIST_SEPARATOR);
}

/** The tables a column's values may point to: the id of a row there (a foreign key in the data package). */
export type RefTable = "indicators" | "sources" | "units";

/** The value a column of each type holds: a number, or a string (dates are ISO "YYYY[-MM[-DD]]"). */
export type ValueOfType<T extends ColumnType> = T extends "number" | "share" ? number | null : string | null;
/** The value of a column: a list column holds every one of its texts (none: an empty list). */
export type ValueOfColumn<C extends { type: ColumnType; list: boolean }> = C["list"] extends true
  ? string[]
  : ValueOfType<C["type"]>;

export interface ColumnSpec<Id extends string = string, Type extends ColumnType = ColumnType> {
  /** Stable machine code: used in the URL, in CSV headers and by the API. */
  id: Id;
  type: Type;
  /** Hidden until the reader shows it. */
  hidden?: boolean;
  /** Holds several values: an array in JSON, joined with LIST_SEPARATOR in CSV and spreadsheets. */
  list?: boolean;
  /** The table whose row ids (units: unit codes) the values are. */
  ref?: RefTable | null;
}

const col = <Id extends string, Type extends ColumnType>(
  id: Id,
  type: Type,
  hidden = false,
  ref: RefTable | null = null,
) => ({ id, type, hidden, list: false, ref }) as const;

/** A column of several values. */
const many = <Id extends string, Type extends ColumnType>(...args: Parameters<typeof col<Id, Type>>) =>
  ({ ...col(...args), list: true }) as const;

export const TABLES = {
  indicators: {
    /** An indicator's figure depends on the year filter: its latest figure within the chosen years. */
    dimensions: ["district", "sector", "direction", "year"],
    indicatorColumn: "id",
    columns: [
      col("label", "text"),
      // The figure, its unit and date next to the label: on a phone they are what shows beside it.
      col("value", "number"),
      col("qualifier", "code", true),
      col("unit", "code", false, "units"),
      col("as_of", "date"),
      col("direction", "text"),
      col("change", "number"),
      col("change_pct", "number", true),
      col("reported_growth_pct", "number"),
      col("observations", "number"),
      col("freshness", "code"),
      col("target_status", "target-status"),
      col("progress", "share"),
      col("districts", "text"),
      col("breakdown", "breakdown"),
      col("confidence", "confidence"),
      col("source", "source"),
      col("source_url", "url", true),
      col("source_id", "code", true, "sources"),
      col("definition", "text", true),
      col("id", "code", true),
    ],
  },
  observations: {
    dimensions: ["district", "sector", "direction", "year"],
    indicatorColumn: "indicator_id",
    columns: [
      col("indicator", "text"),
      col("value", "number"),
      col("qualifier", "code", true),
      col("denominator", "number", true),
      col("unit", "code", false, "units"),
      col("as_of", "date"),
      col("reported_growth_pct", "number", true),
      col("district", "text"),
      col("sector", "text"),
      col("breakdown", "breakdown", true),
      col("direction", "text"),
      col("confidence", "confidence"),
      col("source", "source"),
      col("source_url", "url", true),
      col("source_id", "code", true, "sources"),
      col("note", "text", true),
      col("indicator_id", "code", true, "indicators"),
      col("id", "code", true),
    ],
  },
  targets: {
    dimensions: ["district", "sector", "direction", "progress", "year"],
    indicatorColumn: "indicator_id",
    columns: [
      col("title", "text"),
      col("indicator", "text"),
      col("direction", "text"),
      col("baseline", "number"),
      col("baseline_date", "date"),
      col("latest", "number"),
      col("latest_date", "date"),
      col("target", "number"),
      col("target_max", "number", true),
      col("unit", "code", false, "units"),
      col("due", "date"),
      col("progress", "share"),
      col("pace_needed", "number"),
      col("pace_achieved", "number"),
      col("pace_kind", "code", true),
      col("target_status", "target-status"),
      col("reason", "text", true),
      col("kind", "code", true),
      col("document", "text"),
      col("confidence", "confidence"),
      col("source", "source"),
      col("source_url", "url", true),
      col("source_id", "code", true, "sources"),
      col("indicator_id", "code", true, "indicators"),
      col("id", "code", true),
    ],
  },
  measures: {
    dimensions: ["district", "sector", "direction", "status", "year"],
    columns: [
      col("title", "text"),
      col("direction", "text"),
      col("kind", "text"),
      col("status", "status"),
      col("date", "date"),
      many("districts", "text"),
      many("sectors", "text"),
      col("breakdown", "breakdown", true),
      col("confidence", "confidence"),
      many("source", "source"),
      many("source_url", "url", true),
      many("source_ids", "code", true, "sources"),
      col("description", "text", true),
      col("id", "code", true),
    ],
  },
  entities: {
    dimensions: ["district", "sector", "direction", "year"],
    columns: [
      col("name", "text"),
      col("list", "text"),
      col("domain", "text"),
      col("sector", "text"),
      col("approved", "date"),
      col("district", "text"),
      col("breakdown", "breakdown", true),
      col("confidence", "confidence"),
      col("source", "source"),
      col("source_url", "url", true),
      col("source_id", "code", true, "sources"),
      col("note", "text", true),
      col("id", "code", true),
    ],
  },
  documents: {
    dimensions: ["direction", "year"],
    rowNotes: false,
    columns: [
      col("name", "text"),
      col("number", "code"),
      col("title", "text"),
      col("instrument", "text"),
      many("issuers", "text", true),
      col("published", "date"),
      many("directions", "text"),
      col("targets", "number"),
      many("indicators", "text", true),
      col("measures", "number"),
      col("confidence", "confidence"),
      many("source", "source"),
      col("url", "url", true),
      many("source_ids", "code", true, "sources"),
      col("id", "code", true),
    ],
  },
  cities: {
    /** Other cities' figures: only the year applies (Beijing's districts and sectors do not). */
    dimensions: ["year"],
    rowNotes: false,
    columns: [
      col("city", "text"),
      col("figure", "text"),
      col("value", "number"),
      col("qualifier", "code", true),
      col("unit", "code", false, "units"),
      col("as_of", "date"),
      col("kind", "code"),
      col("reported_growth_pct", "number"),
      col("comparable", "text"),
      col("confidence", "confidence"),
      col("source", "source"),
      col("source_url", "url", true),
      col("source_id", "code", true, "sources"),
      col("note", "text", true),
      col("id", "code", true),
    ],
  },
  sources: {
    /** Sources follow the records they support: the filter leaves the sources behind what it leaves. */
    dimensions: ["district", "sector", "direction", "year"],
    /** A source is not about a district: rows carry no "not broken down" note. */
    rowNotes: false,
    columns: [
      col("publisher", "text"),
      col("title", "text"),
      col("description", "text", true),
      col("date", "date"),
      col("kind", "text"),
      col("language", "code"),
      col("confidence", "confidence"),
      col("supports", "number"),
      col("url", "url"),
      col("retrieved_from", "url", true),
      col("id", "code", true),
    ],
  },
} as const satisfies Record<
  TableId,
  {
    dimensions: readonly FilterDimension[];
    columns: readonly ColumnSpec[];
    rowNotes?: boolean;
    /** The column holding the indicator id a row belongs to: the API's `indicator=` narrows on it. */
    indicatorColumn?: string;
  }
>;

type Columns<T extends TableId> = (typeof TABLES)[T]["columns"][number];
/** The column ids of one table, as a union type. */
export type ColumnIdOf<T extends TableId> = Columns<T>["id"];
/** Any table's column id. */
export type ColumnId = { [T in TableId]: ColumnIdOf<T> }[TableId];
/** One row's values of table T: each column's id with the value type of its column type. */
export type RowValues<T extends TableId> = {
  [C in Columns<T> as C["id"]]: ValueOfColumn<C>;
};

/** Whether the text is one of the tables (an own-property check: "constructor" is not a table). */
export function isTableId(value: string): value is TableId {
  return (TABLE_IDS as readonly string[]).includes(value);
}

const ALL_COLUMN_IDS: ReadonlySet<string> = new Set(
  TABLE_IDS.flatMap((t) => TABLES[t].columns.map((c) => c.id)),
);

/** Whether the text is a column id of some table (each has a label in the "columns" messages). */
export function isColumnId(value: string): value is ColumnId {
  return ALL_COLUMN_IDS.has(value);
}

/** Whether rows say which active filters they could not be narrowed by ("not broken down by district"). */
export function hasRowNotes(table: TableId): boolean {
  const spec = TABLES[table];
  return !("rowNotes" in spec) || spec.rowNotes;
}

/**
 * The column naming the series (indicator) a row of this table belongs to, or null for tables whose rows
 * are not of one series: `indicator=<id>` on the API's lists gives one series in one call.
 */
export function indicatorColumnOf(table: TableId): string | null {
  const spec = TABLES[table];
  return "indicatorColumn" in spec ? spec.indicatorColumn : null;
}
