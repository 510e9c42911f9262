/**
 * The API's resources. A list runs the same query as its table page (select → rows → search → sort) and
 * serialises those rows as JSON, CSV or a spreadsheet (XLSX, from the same columns and cells as the CSV:
 * lib/api/files.ts). Bodies are built once per dataset version and query.
 */
import type { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { getDataStatus, peekDataset } from "@/lib/data/store";
import { isOneOf, type Locale } from "@/lib/domain/codes";
import { describeFilter, restrictFilter } from "@/lib/filter/filter";
import { exportFileName, toCsv } from "@/lib/format/csv";
import { translator } from "@/lib/i18n/translator";
import { pick } from "@/lib/format/localize";
import {
  TABLE_IDS,
  TABLES,
  indicatorColumnOf,
  isTableId,
  type RowValues,
  type TableId,
} from "@/lib/tables/columns";
import type { RowLinks, TableRow } from "@/lib/tables/row";
import { tableRow, tableTotal } from "@/lib/tables/rows";
import { tableView } from "@/lib/tables/view";
import { bodyCache, bodyCacheAsync } from "./cache";
import { listColumn, rowsCsv, tableXlsxInput, xlsxInput } from "./files";
import { buildXlsx, XLSX_TYPE } from "./xlsx";
import { problem } from "./problem";
import { DEFAULT_LIMIT, parseListQuery, parseSimpleQuery, type QueryErrors } from "./query";
import { csvResponse, fileResponse, json } from "./respond";
import {
  SIMPLE_RESOURCES,
  type itemSchema,
  type listSchema,
  type healthSchema,
  type metaSchema,
  type SimpleResource,
  type simpleListSchema,
} from "./schemas";

export const RESOURCES: readonly string[] = [...TABLE_IDS, ...SIMPLE_RESOURCES];

/** Every field a simple list's records have (their labels and meanings are in the simpleColumns messages). */
const SIMPLE_COLUMNS = ["code", "order", "name", "goal", "summary", "source", "kind"] as const;

function isSimple(r: string): r is SimpleResource {
  return (SIMPLE_RESOURCES as readonly string[]).includes(r);
}

export type ApiItem<T extends TableId> = z.infer<ReturnType<typeof itemSchema<T>>>;
export type ApiList<T extends TableId> = z.infer<ReturnType<typeof listSchema<T>>>;
/** A row as the API sends it: its values, their display texts and its links. */
export type SerializedRow<T extends TableId> = RowValues<T> & {
  display: Record<string, string>;
  links: RowLinks;
};

// Compile-time proof that the published schema of each table is exactly the row type it serialises.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchRows: { [T in TableId]: Same<SerializedRow<T>, ApiItem<T>> } = {
  indicators: true,
  observations: true,
  targets: true,
  measures: true,
  entities: true,
  documents: true,
  cities: true,
  sources: true,
};
void schemasMatchRows;

export function serializeRow<T extends TableId>(row: TableRow<T>): SerializedRow<T> {
  const display: Record<string, string> = {};
  for (const [key, text] of Object.entries(row.display)) if (typeof text === "string") display[key] = text;
  return { ...row.values, display, links: row.links };
}

function badRequest(status: 400 | 406, errors: QueryErrors): Response {
  const first = errors[0];
  const shown = errors.slice(0, 5);
  const more = errors.length - shown.length;
  return problem(
    status,
    status === 406 ? "Not acceptable" : "Invalid query",
    (first?.detail ?? "The query is not valid.") + (more > 0 ? ` (${more} more problems not listed.)` : ""),
    { parameter: first?.parameter, allowed: first?.allowed, errors: shown },
  );
}

function simpleItems(ds: Dataset, resource: SimpleResource, locale: Locale) {
  switch (resource) {
    case "directions":
      return ds.directions.map((d) => ({
        code: d.code,
        order: d.order,
        name: pick(d.name, locale),
        goal: pick(d.goal, locale),
        summary: pick(d.summary, locale),
        source: d.source,
      }));
    case "districts":
      return ds.districts.map((d) => ({ code: d.code, kind: d.kind, name: pick(d.name, locale) }));
    case "sectors":
      return ds.sectors.map((s) => ({ code: s.code, name: pick(s.name, locale) }));
  }
}

function pageLink(url: URL, offset: number, limit: number): string {
  const next = new URLSearchParams(url.searchParams);
  next.set("offset", String(offset));
  next.set("limit", String(limit));
  return `${url.pathname}?${next.toString()}`;
}

/** The rows of the given indicators only (all rows when none is given), by the table's series column. */
function ofSeries<T extends TableId>(table: T, rows: readonly TableRow<T>[], indicators: readonly string[]) {
  const column = indicatorColumnOf(table);
  if (column === null || indicators.length === 0) return rows;
  const wanted = new Set(indicators);
  const values = (row: TableRow<T>): Readonly<Record<string, unknown>> => row.values;
  return rows.filter((row) => wanted.has(String(values(row)[column])));
}

async function tableList(request: Request, url: URL, ds: Dataset, table: TableId): Promise<Response> {
  const spec = TABLES[table];
  const columns = spec.columns.map((c) => c.id);
  const bySeries = indicatorColumnOf(table) !== null;
  const parsed = parseListQuery(url, request.headers.get("accept"), ds, spec.dimensions, columns, bySeries);
  if (!parsed.ok) return badRequest(parsed.status, parsed.errors);
  const { locale, limit, offset, format, flavour, view, indicators } = parsed.query;
  const key = `${table}|${locale}|${format}|${flavour}|${limit}|${offset}|${JSON.stringify(view)}|${indicators.join(",")}`;
  const window = () => {
    const { rows: all } = tableView(
      ds,
      table,
      locale,
      restrictFilter(view.filter, spec.dimensions),
      view.sort,
    );
    const rows = ofSeries(table, all, indicators);
    return { rows, page: rows.slice(offset, limit === null ? undefined : offset + limit) };
  };
  if (format === "csv") {
    const cached = bodyCache(ds, key, () => {
      const { rows, page } = window();
      return { body: rowsCsv(table, page, flavour, locale, undefined, view.hidden), total: rows.length };
    });
    // A file for people is named in their language, as the table's page is; the machine CSV by its code.
    const described = [
      describeFilter(view.filter),
      indicators.length > 0 ? `indicator-${indicators.join("+")}` : "",
    ];
    const name = exportFileName(
      flavour === "people" ? translator(locale)(`table.names.${table}`) : table,
      described.filter(Boolean).join("_"),
    );
    return csvResponse(request, cached, name, {
      "x-total-count": String(cached.total),
    });
  }
  if (format === "xlsx") {
    // The same rows and columns as the spreadsheet CSV of this address, plus About and Sources; the file
    // states the day it was made, so it is built once per day as well.
    const day = new Date().toISOString().slice(0, 10);
    const cached = await bodyCacheAsync(ds, `${key}|${day}`, async () => {
      const { rows, page } = window();
      const total = tableTotal(ds, table);
      const address = `${url.pathname}${url.search}`;
      const input = tableXlsxInput({
        ds,
        table,
        locale,
        view,
        rows: page,
        selected: rows.length,
        total,
        address,
        day,
      });
      return { body: await buildXlsx(input), total: rows.length };
    });
    const name = exportFileName(
      translator(locale)(`table.names.${table}`),
      describeFilter(view.filter),
      "xlsx",
    );
    return fileResponse(request, cached, XLSX_TYPE, name, { "x-total-count": String(cached.total) });
  }
  const pageSize = limit ?? DEFAULT_LIMIT;
  const cached = bodyCache(ds, key, () => {
    const { rows, page } = window();
    const list = {
      data: page.map(serializeRow),
      total: rows.length,
      limit: pageSize,
      offset,
      version: ds.version,
      links: {
        self: pageLink(url, offset, pageSize),
        next: offset + pageSize < rows.length ? pageLink(url, offset + pageSize, pageSize) : null,
        prev: offset > 0 ? pageLink(url, Math.max(0, offset - pageSize), pageSize) : null,
      },
    };
    return { body: JSON.stringify(list), total: rows.length };
  });
  return json(request, cached);
}

export async function listResponse(request: Request, ds: Dataset, resource: string): Promise<Response> {
  const url = new URL(request.url);
  if (isTableId(resource)) return tableList(request, url, ds, resource);
  if (!isSimple(resource)) return notFound(`There is no resource "${resource}".`, [...RESOURCES]);
  const parsed = parseSimpleQuery(url, request.headers.get("accept"), ["locale", "format"]);
  if (!parsed.ok) return badRequest(parsed.status, parsed.errors);
  const { locale, format } = parsed.query;
  const data = simpleItems(ds, resource, locale);
  // Every field of the records, in order: the CSV's columns, and the spreadsheet's.
  const cols = Object.keys(data[0] ?? {}).filter((c) => isOneOf(SIMPLE_COLUMNS, c));
  const fields = (d: object): Record<string, unknown> => ({ ...d });
  const cells = data.map((d) =>
    cols.map((c) => {
      const v = fields(d)[c];
      return typeof v === "string" || typeof v === "number" ? v : null;
    }),
  );
  if (format === "csv")
    return csvResponse(request, toCsv(cols, cells, "machine"), exportFileName(resource, ""));
  if (format === "xlsx") {
    const t = translator(locale);
    const day = new Date().toISOString().slice(0, 10);
    const cached = await bodyCacheAsync(ds, `${resource}|${locale}|xlsx|${day}`, async () => {
      const input = xlsxInput(ds, locale, day, {
        sheet: t(`spreadsheet.${resource}`),
        columns: cols.map((c) =>
          listColumn(
            c,
            t(`simpleColumns.${c}.label`),
            t(`simpleColumns.${c}.help`),
            c === "order" ? "number" : "text",
          ),
        ),
        rows: cells,
        view: t("spreadsheet.noFilter"),
        shown: data.length,
        selected: data.length,
        total: data.length,
        sources:
          resource === "directions"
            ? ds.sources.filter((s) => ds.directions.some((d) => d.source === s.id))
            : [],
        address: `${url.pathname}${url.search}`,
      });
      return { body: await buildXlsx(input), total: data.length };
    });
    return fileResponse(request, cached, XLSX_TYPE, exportFileName(resource, "", "xlsx"));
  }
  const body: z.infer<ReturnType<typeof simpleListSchema>> = {
    data,
    total: data.length,
    version: ds.version,
  };
  return json(request, JSON.stringify(body));
}

export function itemResponse(request: Request, ds: Dataset, resource: string, id: string): Response {
  const url = new URL(request.url);
  const parsed = parseSimpleQuery(url, request.headers.get("accept"), ["locale"]);
  if (!parsed.ok) return badRequest(parsed.status, parsed.errors);
  const locale = parsed.query.locale;
  if (isSimple(resource)) {
    const found = simpleItems(ds, resource, locale).find((d) => d.code === id);
    return found
      ? json(request, JSON.stringify({ data: found, version: ds.version }))
      : notFound(`No ${resource} entry has the code "${id}".`);
  }
  if (!isTableId(resource)) return notFound(`There is no resource "${resource}".`, [...RESOURCES]);
  const row = tableRow(ds, resource, locale, id);
  return row
    ? json(request, JSON.stringify({ data: serializeRow(row), version: ds.version }))
    : notFound(`No ${resource} record has the id "${id}".`);
}

export function notFound(detail: string, allowed?: string[]): Response {
  return problem(404, "Not found", detail, allowed ? { allowed } : {});
}

/** Always answers, even with no dataset: what is served, and what is wrong with the files on disk. */
export function metaResponse(request: Request): Response {
  const url = new URL(request.url);
  const key = [...url.searchParams.keys()][0];
  if (key !== undefined)
    return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
      parameter: key,
      allowed: [],
    });
  const status = getDataStatus();
  const ds = peekDataset();
  const body: z.infer<typeof metaSchema> = {
    version: ds?.version ?? null,
    updatedAt: ds?.updatedAt ?? null,
    loadedAt: ds?.loadedAt ?? null,
    status: ds === null ? "unavailable" : status.lastError ? "error" : "ok",
    lastError: status.lastError,
    counts: ds
      ? {
          sources: ds.sources.length,
          directions: ds.directions.length,
          indicators: ds.indicators.length,
          observations: ds.observations.length,
          measures: ds.measures.length,
          entities: ds.entities.length,
          targets: ds.targets.length,
          policyDocuments: ds.policyDocuments.length,
          cityFigures: ds.cityFigures.length,
          districts: ds.districts.length,
          sectors: ds.sectors.length,
        }
      : null,
  };
  // Always revalidated: a cache must never hide that the data is broken or mended.
  return json(request, JSON.stringify(body), { "cache-control": "no-cache" });
}

/** Up, and whether it serves data: a load balancer's readiness check. */
export function healthResponse(request: Request): Response {
  const url = new URL(request.url);
  const key = [...url.searchParams.keys()][0];
  if (key !== undefined)
    return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
      parameter: key,
      allowed: [],
    });
  const ds = peekDataset();
  const body: z.infer<typeof healthSchema> = {
    status: "up",
    serving: ds !== null,
    version: ds?.version ?? null,
  };
  return new Response(JSON.stringify(body), {
    status: ds ? 200 : 503,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...(ds ? {} : { "retry-after": "30" }),
    },
  });
}
