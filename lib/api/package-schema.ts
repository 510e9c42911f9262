/**
 * The Frictionless Table Schema of every table in the data package, from the one column list
 * (lib/tables/columns.ts): types, formats and constraints that every value holds, foreign keys from
 * the columns' `ref`, and a link table (one row per value) for each list column that points elsewhere.
 */
import { CONFIDENCES, MEASURE_STATUSES, TARGET_STATUSES, type Locale } from "@/lib/domain/codes";
import { translator } from "@/lib/i18n/translator";
import { columnDoc } from "./column-docs";
import {
  isColumnId,
  LIST_SEPARATOR,
  TABLES,
  type ColumnId,
  type ColumnSpec,
  type RefTable,
  type TableId,
} from "@/lib/tables/columns";
import { BREAKDOWNS, type TableRow } from "@/lib/tables/row";

/** A partial date at the precision its source gives. */
const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
/** Links joined with LIST_SEPARATOR (a link never holds a space). */
const LINKS_PATTERN = `^https?://\\S+(${LIST_SEPARATOR}https?://\\S+)*$`;

const ENUMS: Partial<Record<ColumnSpec["type"], readonly string[]>> = {
  confidence: CONFIDENCES,
  status: MEASURE_STATUSES,
  "target-status": TARGET_STATUSES,
  breakdown: BREAKDOWNS,
};

/** The key each referenced table is known by, and the column that names one of its rows elsewhere. */
const KEY_OF: Record<RefTable, string> = { indicators: "id", sources: "id", units: "code" };
const POINTER: Record<RefTable, "indicator_id" | "source_id" | "unit"> = {
  indicators: "indicator_id",
  sources: "source_id",
  units: "unit",
};

export interface Field {
  name: string;
  title: string;
  type: "string" | "number";
  format?: "uri";
  description: string;
  constraints?: { pattern?: string; enum?: string[] };
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

function field(c: ColumnSpec, locale: Locale): Field {
  const doc = columnDoc(c, locale);
  const base = { name: c.id, title: doc.label, description: doc.help };
  if (c.list)
    return {
      ...base,
      type: "string",
      ...(c.type === "url" ? { constraints: { pattern: LINKS_PATTERN } } : {}),
    };
  if (c.type === "number" || c.type === "share") return { ...base, type: "number" };
  if (c.type === "url") return { ...base, type: "string", format: "uri" };
  if (c.type === "date") return { ...base, type: "string", constraints: { pattern: DATE_PATTERN } };
  const allowed = ENUMS[c.type];
  return { ...base, type: "string", ...(allowed ? { constraints: { enum: [...allowed] } } : {}) };
}

/** A table's fields, primary key and foreign keys (list columns get link tables instead). */
export function tableSchema(table: TableId, locale: Locale) {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  const foreignKeys: ForeignKey[] = columns.flatMap((c) =>
    c.ref && !c.list ? [{ fields: c.id, reference: { resource: c.ref, fields: KEY_OF[c.ref] } }] : [],
  );
  return {
    fields: columns.map((c) => field(c, locale)),
    primaryKey: "id",
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

export interface LinkTable {
  /** e.g. "measures_sources" */
  name: string;
  /** The list column it unfolds, e.g. "source_ids". */
  column: ColumnId;
  /** e.g. ["measure_id", "source_id"] */
  fields: [string, string];
  ref: RefTable;
}

const singular = (name: string) => name.replace(/s$/, "");

/** One link table per list column that points to another table: a row per (record, value). */
export function linkTables(table: TableId): LinkTable[] {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  return columns.flatMap((c) =>
    c.list && c.ref && isColumnId(c.id)
      ? [
          {
            name: `${table}_${c.ref}`,
            column: c.id,
            fields: [`${singular(table)}_id`, POINTER[c.ref]],
            ref: c.ref,
          },
        ]
      : [],
  );
}

/** The rows of a link table: each record's id beside each of its values, in order. */
export function linkRows<T extends TableId>(
  rows: readonly TableRow<T>[],
  column: string,
): [string, string][] {
  return rows.flatMap((r) => {
    const values: Readonly<Record<string, unknown>> = r.values;
    const list = values[column];
    return Array.isArray(list) ? list.map((v): [string, string] => [r.id, String(v)]) : [];
  });
}

/** The schema of a link table: both fields point to their tables; the pair is the key. */
export function linkSchema(table: TableId, link: LinkTable, locale: Locale) {
  const t = translator(locale);
  const [own, other] = link.fields;
  const pointer = POINTER[link.ref];
  return {
    fields: [
      {
        name: own,
        title: `${t(`table.names.${table}`)}: ${t("columns.id")}`,
        type: "string",
        description: t("columnHelp.id"),
      },
      {
        name: other,
        title: t(`columns.${pointer}`),
        type: "string",
        description: t(`columnHelp.${pointer}`),
      },
    ],
    primaryKey: [own, other],
    foreignKeys: [
      { fields: own, reference: { resource: table, fields: "id" } },
      { fields: other, reference: { resource: link.ref, fields: KEY_OF[link.ref] } },
    ],
  };
}
