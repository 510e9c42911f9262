/**
 * Every API response body as a zod schema. The handlers' types come from these (z.infer), the OpenAPI
 * document is generated from them (lib/api/openapi.ts), and a test validates real answers against it.
 * Table rows are described from the table's own column list (lib/tables/columns.ts).
 */
import { z } from "zod";
import { CONFIDENCES, DIRECTION_CODES, LOCALES, MEASURE_STATUSES } from "@/lib/domain/codes";
import { LIST_SEPARATOR, TABLES, type ColumnSpec, type ColumnType, type TableId } from "@/lib/tables/columns";

type ValueSchema<C extends { type: ColumnType; list: boolean }> = C["list"] extends true
  ? z.ZodArray<z.ZodString>
  : C["type"] extends "number" | "share"
    ? z.ZodNullable<z.ZodNumber>
    : z.ZodNullable<z.ZodString>;
type ShapeOf<T extends TableId> = {
  [C in (typeof TABLES)[T]["columns"][number] as C["id"]]: ValueSchema<C>;
};

function scalarSchema(type: ColumnType): z.ZodNullable<z.ZodNumber> | z.ZodNullable<z.ZodString> {
  if (type === "number" || type === "share") return z.number().nullable();
  const base =
    type === "date"
      ? z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      : type === "confidence"
        ? z.string().refine((v) => (CONFIDENCES as readonly string[]).includes(v))
        : type === "status"
          ? z.string().refine((v) => (MEASURE_STATUSES as readonly string[]).includes(v))
          : z.string();
  return base.nullable();
}

/** A list column: every value, in order (none: an empty list); a CSV joins them with "; ". */
function valueSchema(c: ColumnSpec): z.ZodType {
  if (!c.list) return scalarSchema(c.type).describe(`Column ${c.id} (${c.type}).`);
  return z
    .array(z.string())
    .describe(
      `Column ${c.id} (${c.type}): several values; a CSV or spreadsheet cell joins them with "${LIST_SEPARATOR}".`,
    );
}

/** One value schema per column of the table, keyed by column id. */
function shapeOf<T extends TableId>(table: T): ShapeOf<T> {
  const shape: Record<string, z.ZodType> = {};
  for (const c of TABLES[table].columns) shape[c.id] = valueSchema(c);
  // Built from the very list the type is read from: each column id with the schema of its type.
  return shape as ShapeOf<T>;
}

export const rowLinksSchema = z.object({
  page: z.string().nullable().describe("Page of the record, without the language prefix."),
  source: z.string().nullable().describe("Id of the record's source (see /api/v1/sources)."),
});

/** One row of a table as the API sends it: the column values, their display texts and links. */
export function itemSchema<T extends TableId>(table: T) {
  return z
    .object({
      ...shapeOf(table),
      display: z
        .record(z.string(), z.string())
        .describe("How values read on screen in the chosen language, where that differs from the raw value."),
      links: rowLinksSchema,
    })
    .strict();
}

export const pageLinksSchema = z.object({
  self: z.string(),
  next: z.string().nullable(),
  prev: z.string().nullable(),
});

export function listSchema<T extends TableId>(table: T) {
  return z.object({
    data: z.array(itemSchema(table)),
    total: z.number().int().min(0).describe("Rows matching the query, over all pages."),
    limit: z.number().int().min(1),
    offset: z.number().int().min(0),
    version: z.string().describe("Dataset version: changes exactly when the data changes."),
    links: pageLinksSchema,
  });
}

export function itemResponseSchema<T extends TableId>(table: T) {
  return z.object({ data: itemSchema(table), version: z.string() });
}

export const directionItemSchema = z
  .object({
    code: z.enum(DIRECTION_CODES),
    order: z.number().int(),
    name: z.string(),
    goal: z.string(),
    summary: z.string(),
    source: z.string(),
  })
  .strict();
export const districtItemSchema = z
  .object({ code: z.string(), kind: z.enum(["district", "functional-zone"]), name: z.string() })
  .strict();
export const sectorItemSchema = z.object({ code: z.string(), name: z.string() }).strict();

export const SIMPLE_SCHEMAS = {
  directions: directionItemSchema,
  districts: districtItemSchema,
  sectors: sectorItemSchema,
} as const;
export type SimpleResource = keyof typeof SIMPLE_SCHEMAS;
export const SIMPLE_RESOURCES = Object.keys(SIMPLE_SCHEMAS) as SimpleResource[];

export function simpleListSchema<R extends SimpleResource>(resource: R) {
  return z.object({ data: z.array(SIMPLE_SCHEMAS[resource]), total: z.number().int(), version: z.string() });
}
export function simpleItemSchema<R extends SimpleResource>(resource: R) {
  return z.object({ data: SIMPLE_SCHEMAS[resource], version: z.string() });
}

export const dataIssueSchema = z.object({
  file: z.string(),
  record: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

export const metaSchema = z.object({
  version: z.string().nullable().describe("Null when no valid dataset has been loaded."),
  updatedAt: z.string().nullable(),
  loadedAt: z.string().nullable(),
  status: z
    .enum(["ok", "error", "unavailable"])
    .describe(
      "ok; error: the files on disk are invalid and the last good version is served; unavailable: no valid dataset is loaded, nothing is served.",
    ),
  lastError: z
    .object({ at: z.string(), issues: z.array(dataIssueSchema) })
    .nullable()
    .describe("What is wrong with the files: file, record and field of each problem."),
  counts: z.record(z.string(), z.number().int()).nullable(),
});

export const healthSchema = z.object({
  status: z.literal("up").describe("The server answers."),
  serving: z.boolean().describe("It serves a valid dataset."),
  version: z.string().nullable(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  parameter: z.string().optional(),
  allowed: z.union([z.array(z.string()), z.string()]).optional(),
  errors: z
    .array(
      z.object({
        parameter: z.string(),
        detail: z.string(),
        allowed: z.union([z.array(z.string()), z.string()]).optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const localeSchema = z.enum(LOCALES);

/** GET /api/v1/search: one query over every kind of record, grouped by kind (lib/search/search.ts). */
const searchKindSchema = z.enum(["indicator", "figure", "measure", "document", "source", "body", "district"]);
export const searchResultSchema = z
  .object({
    kind: searchKindSchema,
    id: z.string(),
    title: z.string().describe("In the chosen language."),
    detail: z
      .string()
      .describe("One line in the chosen language: a figure's value and date, an indicator's direction, …"),
    href: z.string().describe("Page of the record, without the language prefix."),
  })
  .strict();
export const searchGroupSchema = z
  .object({
    kind: searchKindSchema,
    total: z.number().int().min(1).describe("Records of this kind that match, listed or not."),
    results: z.array(searchResultSchema).describe("The best matches, at most `limit`."),
  })
  .strict();
export const searchResponseSchema = z.object({
  data: z
    .object({
      q: z.string().describe("The query as searched (trimmed)."),
      total: z.number().int().min(0).describe("Matching records of every kind."),
      groups: z
        .array(searchGroupSchema)
        .describe(
          "Kinds with a match, in this order: indicator, figure, measure, document, source, body, district.",
        ),
    })
    .strict(),
  version: z.string().describe("Dataset version: changes exactly when the data changes."),
});
