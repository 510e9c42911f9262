/**
 * The pieces every path of the OpenAPI document shares: error answers, the common parameters (locale,
 * format, limit, the filter dimensions) and the file answers (CSV, XLSX) a list gives.
 */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { DIRECTION_CODES, LOCALES, MEASURE_STATUSES, TARGET_STATUSES } from "@/lib/domain/codes";
import type { FilterDimension } from "@/lib/filter/filter";
import { dataYears } from "@/lib/filter/options";
import { FORMATS, MEDIA_TYPES } from "./negotiate";

export const jsonSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: "draft-2020-12", io: "output", unrepresentable: "any" });

const problemRef = { $ref: "#/components/schemas/Problem" };
export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemRef } },
});
export const ERRORS = {
  "304": { description: "Not modified: If-None-Match matched the ETag." },
  "400": problemResponse("Invalid query: the problem names the parameter and what is allowed."),
  "405": problemResponse("Method not allowed: the API is read-only (GET, HEAD)."),
  "406": problemResponse("Not acceptable: the Accept header allows none of the offered formats."),
  "503": problemResponse("No valid dataset is loaded."),
};

export const localeParam = {
  name: "locale",
  in: "query",
  required: false,
  description: "Language of labels and display texts.",
  schema: { type: "string", enum: [...LOCALES], default: "en" },
};
export const formatParam = {
  name: "format",
  in: "query",
  required: false,
  description:
    "json, csv, or xlsx (a spreadsheet: the rows as in the CSV, with About and Sources sheets); or send the media type in Accept. Overrides the Accept header.",
  schema: { type: "string", enum: [...FORMATS] },
};

/** A list's answer in each format: JSON against its schema, the files as text or bytes. */
export function listContent(schemaRef: string) {
  return {
    [MEDIA_TYPES.json]: { schema: { $ref: schemaRef } },
    [MEDIA_TYPES.csv]: { schema: { type: "string" } },
    [MEDIA_TYPES.xlsx]: { schema: { type: "string", contentMediaType: MEDIA_TYPES.xlsx } },
  };
}

/** `limit` pages JSON; a file (CSV, XLSX) holds every row unless it is given. */
export const limitParam = (max: number, pageSize: number) => ({
  name: "limit",
  in: "query",
  required: false,
  description: `JSON: rows per page (default ${pageSize}). CSV and XLSX: without limit, every row; with it, that many.`,
  schema: { type: "integer", minimum: 1, maximum: max },
});
export const TOTAL_HEADER = {
  "X-Total-Count": {
    schema: { type: "integer" },
    description:
      "CSV and XLSX: rows of the whole selection; equals the rows in the file when no limit or offset is given.",
  },
};

export function listParam(name: string, values: readonly (string | number)[], description: string) {
  return {
    name,
    in: "query",
    required: false,
    description: `${description} Comma-separated; the same names and values as the page addresses.`,
    schema: { type: "string", pattern: "^[^,]+(,[^,]+)*$" },
    "x-allowed-values": values.map(String),
  };
}

export function dimensionParams(ds: Dataset, dims: readonly FilterDimension[]) {
  const all: Record<FilterDimension, ReturnType<typeof listParam>> = {
    district: listParam(
      "district",
      ds.districts.map((d) => d.code),
      "District codes.",
    ),
    sector: listParam(
      "sector",
      ds.sectors.map((s) => s.code),
      "Sector codes.",
    ),
    direction: listParam("direction", DIRECTION_CODES, "Strategic directions."),
    status: listParam("status", MEASURE_STATUSES, "Measure statuses."),
    progress: listParam(
      "progress",
      TARGET_STATUSES,
      "Target statuses, by the progress method (/[locale]/method).",
    ),
    year: listParam("year", dataYears(ds), "Years (four digits)."),
  };
  return dims.map((d) => all[d]);
}
