/**
 * The OpenAPI 3.1 description of /api/v1, generated from the response schemas (lib/api/schemas.ts,
 * through zod's own JSON Schema output) and the table column lists. A test fetches every route and
 * validates the real answer against this document.
 */
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import { CHANGES_PAGE, changeListSchema } from "./changes";
import { CITATION_MEDIA_TYPE, CITATION_STYLES } from "@/lib/cite/citation";
import type { Dataset } from "@/lib/data/types";
import { LOCALES } from "@/lib/domain/codes";
import { INDICATOR_PARAM } from "@/lib/filter/search-params";
import { TABLE_IDS, TABLES, indicatorColumnOf } from "@/lib/tables/columns";
import {
  dimensionParams,
  ERRORS,
  formatParam,
  jsonSchema,
  limitParam,
  listContent,
  listParam,
  localeParam,
  problemResponse,
  TOTAL_HEADER,
} from "./openapi-parts";
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET } from "./query";
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from "./search";
import {
  healthSchema,
  itemResponseSchema,
  listSchema,
  metaSchema,
  problemSchema,
  searchResponseSchema,
  SIMPLE_RESOURCES,
  simpleItemSchema,
  simpleListSchema,
} from "./schemas";

export function openApi(ds: Dataset) {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { Problem: jsonSchema(problemSchema) };
  for (const id of TABLE_IDS) {
    const spec = TABLES[id];
    const columns = spec.columns.map((c) => c.id);
    const name = `${id[0]?.toUpperCase() ?? ""}${id.slice(1)}`;
    schemas[`${name}List`] = jsonSchema(listSchema(id));
    schemas[`${name}Item`] = jsonSchema(itemResponseSchema(id));
    paths[`/api/v1/${id}`] = {
      get: {
        summary: `List ${id}`,
        description:
          "The table's rows under the filter, searched and sorted as on the table page: JSON one page at a time, a file (CSV, XLSX) with every row unless limit is given.",
        parameters: [
          ...dimensionParams(ds, spec.dimensions),
          ...(indicatorColumnOf(id) === null
            ? []
            : [
                listParam(
                  INDICATOR_PARAM,
                  ds.indicators.map((i) => i.id),
                  `Indicator ids: only the rows of these series (one id gives one series in one call; the ${indicatorColumnOf(id)} column). An unknown id is a 400.`,
                ),
              ]),
          {
            name: "q",
            in: "query",
            required: false,
            schema: { type: "string", maxLength: 200 },
            description: "Text search over what each row shows (case- and width-insensitive).",
          },
          listParam(
            "sort",
            columns.flatMap((c) => [c, `-${c}`]),
            "Sort keys, '-' for descending.",
          ),
          listParam(
            "hide",
            columns,
            "Columns a file (CSV, XLSX) leaves out, as the table page's hidden columns; not with JSON, whose items carry every field.",
          ),
          limitParam(MAX_LIMIT, DEFAULT_LIMIT),
          {
            name: "offset",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0 },
          },
          localeParam,
          formatParam,
        ],
        responses: {
          "200": {
            description:
              "JSON: a page of rows. CSV: every row of the selection (only a page when limit or offset is given), column codes as headers (for=excel: labels). XLSX: the rows of the spreadsheet CSV, numbers as numbers and full dates as dates, with About (the view, what each column means and its unit, dataset version and date) and Sources (every source the rows cite) sheets, in the chosen language.",
            headers: TOTAL_HEADER,
            content: listContent(`#/components/schemas/${name}List`),
          },
          ...ERRORS,
        },
      },
    };
    paths[`/api/v1/${id}/{id}`] = {
      get: {
        summary: `One row of ${id}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, localeParam],
        responses: {
          "200": {
            description: "The row",
            content: { "application/json": { schema: { $ref: `#/components/schemas/${name}Item` } } },
          },
          "404": problemResponse("Unknown id"),
          ...ERRORS,
        },
      },
    };
  }
  for (const resource of SIMPLE_RESOURCES) {
    const name = `${resource[0]?.toUpperCase() ?? ""}${resource.slice(1)}`;
    schemas[`${name}List`] = jsonSchema(simpleListSchema(resource));
    schemas[`${name}Item`] = jsonSchema(simpleItemSchema(resource));
    paths[`/api/v1/${resource}`] = {
      get: {
        summary: `List ${resource}`,
        parameters: [localeParam, formatParam],
        responses: {
          "200": {
            description: "All records, names in the chosen language.",
            content: listContent(`#/components/schemas/${name}List`),
          },
          ...ERRORS,
        },
      },
    };
    paths[`/api/v1/${resource}/{code}`] = {
      get: {
        summary: `One of ${resource}`,
        parameters: [{ name: "code", in: "path", required: true, schema: { type: "string" } }, localeParam],
        responses: {
          "200": {
            description: "The record",
            content: { "application/json": { schema: { $ref: `#/components/schemas/${name}Item` } } },
          },
          "404": problemResponse("Unknown code"),
          ...ERRORS,
        },
      },
    };
  }
  paths["/api/v1/observations/{id}/citation"] = {
    get: {
      summary:
        "A figure's citation (the original source and the tracker's figure page, dataset version and access date)",
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        {
          name: "style",
          in: "query",
          required: false,
          schema: { type: "string", enum: [...CITATION_STYLES], default: "apa" },
        },
        localeParam,
      ],
      responses: {
        "200": {
          description: "The citation as text (BibTeX and RIS in their own media types)",
          content: Object.fromEntries(
            [...new Set(Object.values(CITATION_MEDIA_TYPE))].map((type) => [
              type.split(";")[0],
              { schema: { type: "string" } },
            ]),
          ),
        },
        "404": problemResponse("Unknown observation"),
        ...ERRORS,
      },
    },
  };
  schemas.Search = jsonSchema(searchResponseSchema);
  paths["/api/v1/search"] = {
    get: {
      summary:
        "Search everything: indicators, figures, measures, policy documents, sources, bodies and districts, in all three languages at once",
      parameters: [
        {
          name: "q",
          in: "query",
          required: true,
          schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
          description:
            "Every word must match (case- and width-insensitive), in any language: 海淀 finds Haidian with locale=en.",
        },
        localeParam,
        {
          name: "limit",
          in: "query",
          required: false,
          description: "Results listed per kind; each group's total counts them all.",
          schema: { type: "integer", minimum: 1, maximum: MAX_SEARCH_LIMIT, default: DEFAULT_SEARCH_LIMIT },
        },
      ],
      responses: {
        "200": {
          description: "Matches grouped by kind, titles and details in the chosen language.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Search" } } },
        },
        ...ERRORS,
      },
    },
  };
  schemas.ChangeList = jsonSchema(changeListSchema);
  paths["/api/v1/changes"] = {
    get: {
      summary:
        "The public change log: every data change with old and new value, reason and source, newest first",
      parameters: [
        localeParam,
        formatParam,
        {
          name: "direction",
          in: "query",
          required: false,
          description: "Comma-separated direction codes",
          schema: { type: "string" },
        },
        { name: "indicator", in: "query", required: false, schema: { type: "string" } },
        limitParam(1000, CHANGES_PAGE),
        { name: "offset", in: "query", required: false, schema: { type: "integer", minimum: 0, default: 0 } },
      ],
      responses: {
        "200": {
          description:
            "JSON: a page of entries. CSV and XLSX: every entry (only a page when limit or offset is given).",
          headers: TOTAL_HEADER,
          content: listContent("#/components/schemas/ChangeList"),
        },
        ...ERRORS,
      },
    },
  };
  schemas.Meta = jsonSchema(metaSchema);
  paths["/api/v1/meta"] = {
    get: {
      summary: "Dataset version, last update, counts and the last failed update",
      responses: {
        "200": {
          description: "Meta",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Meta" } } },
        },
        ...ERRORS,
      },
    },
  };
  paths["/api/v1/datapackage"] = {
    get: {
      summary: "The whole dataset: one CSV per table and datapackage.json, zipped",
      parameters: [localeParam],
      responses: {
        "200": {
          description: "ZIP",
          content: { "application/zip": { schema: { type: "string", format: "binary" } } },
        },
        ...ERRORS,
      },
    },
  };
  paths["/api/v1/datapackage/{locale}/{file}"] = {
    get: {
      summary:
        "The same package file by file, so a client reads it by address: datapackage.json, its CSVs resolved beside it",
      parameters: [
        { name: "locale", in: "path", required: true, schema: { type: "string", enum: [...LOCALES] } },
        { name: "file", in: "path", required: true, schema: { type: "string" }, example: "datapackage.json" },
      ],
      responses: {
        "200": {
          description: "datapackage.json, or one of the CSV files it lists",
          content: { "application/json": {}, "text/csv": { schema: { type: "string" } } },
        },
        "404": problemResponse("The package has no such file"),
        ...ERRORS,
      },
    },
  };
  schemas.Health = jsonSchema(healthSchema);
  paths["/api/health"] = {
    get: {
      summary: "Up, and whether it serves data (a readiness check)",
      responses: {
        "200": {
          description: "Serving data",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } },
        },
        "503": {
          description: "Up, but no valid dataset is loaded",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } },
        },
      },
    },
  };
  paths["/api/v1/openapi.json"] = {
    get: {
      summary: "This document",
      responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } }, ...ERRORS },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Beijing AI Policy Tracker API",
      version: "1",
      description:
        "Read-only access to the tracker's dataset. Errors are application/problem+json (RFC 9457). " +
        "JSON lists are paginated with limit and offset; each answer carries total, limit, offset and links. " +
        "A file (CSV, or XLSX with About and Sources sheets) holds every row of the selection unless limit is given (X-Total-Count says how many there are).",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: "/" }],
    paths,
    components: { schemas },
  };
}
