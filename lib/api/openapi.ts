/** OpenAPI 3.1 description of /api/v1, generated from the zod schemas and the table column specs. */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { dataYears } from "@/lib/filter/options";
import { LOCALES, MEASURE_STATUSES, DIRECTION_CODES } from "@/lib/domain/codes";
import { directionSchema, districtSchema, sectorSchema } from "@/lib/domain/schema";
import { TABLES } from "@/lib/tables/specs";
import { TABLE_IDS } from "@/lib/tables/types";
import { MAX_LIMIT } from "./query";

const problemSchema = z.object({
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

const toSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: "draft-2020-12", io: "output", unrepresentable: "any" });

export function openApi(ds: Dataset) {
  const listParam = (name: string, values: readonly (string | number)[], description: string) => ({
    name,
    in: "query",
    required: false,
    description: `${description} Comma-separated; the same names and values as the page URLs.`,
    schema: { type: "string", examples: [String(values[0] ?? "")] },
    "x-allowed-values": values.map(String),
  });
  const common = [
    {
      name: "locale",
      in: "query",
      schema: { type: "string", enum: [...LOCALES], default: "en" },
      description: "Language of labels.",
    },
    {
      name: "format",
      in: "query",
      schema: { type: "string", enum: ["json", "csv"] },
      description: "csv, or send Accept: text/csv.",
    },
  ];
  const paths: Record<string, unknown> = {};
  for (const id of TABLE_IDS) {
    const spec = TABLES[id];
    const columns = spec.columns.map((c) => c.id);
    const item = {
      type: "object",
      properties: {
        ...Object.fromEntries(
          spec.columns.map((c) => [
            c.id,
            { type: c.type === "number" ? ["number", "null"] : ["string", "null"] },
          ]),
        ),
        breakdown: {
          type: "object",
          description: "districts/sectors null = not broken down on that dimension",
        },
        ...(id === "indicators" ? { observations: { type: "array", items: { type: "object" } } } : {}),
      },
    };
    const params = [
      ...(spec.dimensions.includes("district")
        ? [
            listParam(
              "district",
              ds.districts.map((d) => d.code),
              "District codes.",
            ),
          ]
        : []),
      ...(spec.dimensions.includes("sector")
        ? [
            listParam(
              "sector",
              ds.sectors.map((s) => s.code),
              "Sector codes.",
            ),
          ]
        : []),
      ...(spec.dimensions.includes("direction")
        ? [listParam("direction", DIRECTION_CODES, "Strategic directions.")]
        : []),
      ...(spec.dimensions.includes("status")
        ? [listParam("status", MEASURE_STATUSES, "Measure statuses.")]
        : []),
      ...(spec.dimensions.includes("year") ? [listParam("year", dataYears(ds), "Years.")] : []),
      { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Text search." },
      listParam(
        "sort",
        columns.flatMap((c) => [c, `-${c}`]),
        "Sort keys, '-' for descending.",
      ),
      {
        name: "limit",
        in: "query",
        schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: 100 },
      },
      {
        name: "offset",
        in: "query",
        schema: { type: "integer", minimum: 0, maximum: 1_000_000, default: 0 },
      },
      ...common,
    ];
    const errors = {
      "400": {
        description: "Invalid query",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
      "304": { description: "Not modified (If-None-Match matched the ETag)" },
    };
    paths[`/api/v1/${id}`] = {
      get: {
        summary: `List ${id}`,
        parameters: params,
        responses: {
          "200": {
            description: "A page of records",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    data: { type: "array", items: item },
                    total: { type: "integer" },
                    offset: { type: "integer" },
                    limit: { type: "integer" },
                    version: { type: "string" },
                  },
                },
              },
              "text/csv": { schema: { type: "string" } },
            },
          },
          ...errors,
        },
      },
    };
    paths[`/api/v1/${id}/{id}`] = {
      get: {
        summary: `One ${id.replace(/s$/, "")}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, common[0]],
        responses: {
          "200": {
            description: "The record",
            content: { "application/json": { schema: { type: "object", properties: { data: item } } } },
          },
          "404": {
            description: "Unknown id",
            content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
          },
          ...errors,
        },
      },
    };
  }
  for (const [name, schema] of [
    ["directions", directionSchema],
    ["districts", districtSchema],
    ["sectors", sectorSchema],
  ] as const) {
    paths[`/api/v1/${name}`] = {
      get: {
        summary: `List ${name}`,
        parameters: common,
        responses: {
          "200": {
            description: "All records (names in the chosen language)",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { data: { type: "array", items: { $ref: `#/components/schemas/${name}` } } },
                },
              },
            },
          },
        },
      },
    };
    paths[`/api/v1/${name}/{code}`] = {
      get: {
        summary: `One of ${name}`,
        parameters: [{ name: "code", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The record" }, "404": { description: "Unknown code" } },
      },
    };
    void schema;
  }
  paths["/api/v1/meta"] = {
    get: {
      summary: "Dataset version, last update, counts and the last failed update",
      responses: { "200": { description: "Meta" } },
    },
  };
  paths["/api/v1/datapackage"] = {
    get: {
      summary: "The whole dataset: CSV per table and datapackage.json, zipped",
      parameters: [common[0]],
      responses: { "200": { description: "ZIP", content: { "application/zip": {} } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Beijing AI Policy Tracker API",
      version: "1",
      description:
        "Read-only access to the tracker's dataset. Errors are application/problem+json (RFC 9457).",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: {
        Problem: toSchema(problemSchema),
        directions: toSchema(directionSchema),
        districts: toSchema(districtSchema),
        sectors: toSchema(sectorSchema),
      },
    },
  };
}
