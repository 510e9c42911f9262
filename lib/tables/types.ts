import type { DirectionCode } from "@/lib/domain/codes";
import type { MeasureStatus } from "@/lib/filter/filter";

export type Primitive = string | number | null;

export const TABLE_IDS = [
  "indicators",
  "observations",
  "targets",
  "measures",
  "entities",
  "sources",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

import type en from "@/lib/i18n/messages/en.json";

/** Column codes: each has a label in the "columns" message namespace. */
export type ColumnId = keyof typeof en.columns;

export type ColumnType =
  | "text"
  | "number"
  | "share"
  | "date"
  | "status"
  | "target-status"
  | "confidence"
  | "source"
  | "url"
  | "code";

export interface ColumnSpec {
  /** Stable machine code, used in the URL, in CSV headers and by the API. */
  id: ColumnId;
  type: ColumnType;
  /** Hidden until the reader shows it. */
  hidden?: boolean;
}

export type FilterDimension = "district" | "sector" | "direction" | "status" | "year";

export interface TableSpec {
  id: TableId;
  columns: ColumnSpec[];
  /** Filter dimensions that apply to this table's rows. */
  dimensions: FilterDimension[];
}

/** How a row relates to the filter dimensions; null means "not broken down" on that dimension. */
export interface RowDims {
  districts: string[] | null;
  sectors: string[] | null;
  /** Directions the row belongs to (a source can support several). */
  directions: DirectionCode[];
  status: MeasureStatus | null;
  years: number[];
}

/** One table row: raw values per column (sorting, CSV), optional display text, and links. */
export interface TableRow {
  id: string;
  dims: RowDims;
  values: Record<string, Primitive>;
  display?: Record<string, string>;
  /** Source id for the source column's link to the sources page. */
  sourceId?: string | null;
  /** Page the row's main cell links to. */
  href?: string | null;
  /** Synthetic rows exist only in benchmarks and are marked as such. */
  synthetic?: boolean;
}
