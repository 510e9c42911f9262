/**
 * The API's resources. Lists run the same query as the tables on the pages (tableRows → filterRows →
 * sortRows) and answer JSON or CSV with the same CSV writer as the export buttons.
 */
import { csvFileName, toCsv } from "@/lib/format/csv";
import type { Dataset } from "@/lib/data/types";
import { getDataStatus } from "@/lib/data/store";
import { getIndicator } from "@/lib/queries/queries";
import { pick } from "@/lib/format/localize";
import { type Locale } from "@/lib/domain/codes";
import { filterRows } from "@/lib/tables/filter";
import { tableRows } from "@/lib/tables/rows";
import { sortRows } from "@/lib/tables/sort";
import { TABLES } from "@/lib/tables/specs";
import { TABLE_IDS, type TableId, type TableRow } from "@/lib/tables/types";
import { describeFilter } from "@/lib/filter/url-state";
import { problem, type Problem } from "./problem";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import type { ViewState } from "@/lib/filter/url-state";
import { LIST_PARAMS, MAX_LIMIT, parseListQuery } from "./query";
import { json, respond } from "./respond";

export const SIMPLE_RESOURCES = ["directions", "districts", "sectors"] as const;
export type SimpleResource = (typeof SIMPLE_RESOURCES)[number];
export const RESOURCES = [...TABLE_IDS, ...SIMPLE_RESOURCES] as const;

export function isTable(r: string): r is TableId {
  return (TABLE_IDS as readonly string[]).includes(r);
}
export function isSimple(r: string): r is SimpleResource {
  return (SIMPLE_RESOURCES as readonly string[]).includes(r);
}

function item(ds: Dataset, table: TableId, row: TableRow, locale: Locale): Record<string, unknown> {
  const base: Record<string, unknown> = {
    ...row.values,
    breakdown: row.dims,
    display: row.display ?? {},
    links: { page: row.href ?? null, source: row.sourceId ?? null },
  };
  if (table === "indicators") {
    base.observations = getIndicator(ds, row.id, locale)?.observations.map((o) => ({
      id: o.id,
      value: o.value,
      qualifier: o.qualifier,
      denominator: o.denominator,
      as_of: o.asOf,
      district: o.district?.code ?? null,
      sector: o.sector?.code ?? null,
      confidence: o.confidence,
      source: o.source.id,
    }));
  }
  return base;
}

function simpleItems(ds: Dataset, resource: SimpleResource, locale: Locale): Record<string, unknown>[] {
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

function badRequest(errors: NonNullable<Problem["errors"]>): Response {
  const first = errors[0];
  return problem(400, "Invalid query", first ? first.detail : "The query is not valid.", {
    parameter: first?.parameter,
    allowed: first?.allowed,
    errors,
  });
}

export function listResponse(request: Request, ds: Dataset, resource: string): Response {
  const url = new URL(request.url);
  if (isSimple(resource)) {
    const parsed = parseListQuery(url, request.headers.get("accept"), ds, ["locale", "format"], []);
    if (!parsed.ok) return badRequest(parsed.errors);
    const data = simpleItems(ds, resource, parsed.query.locale);
    if (parsed.query.format === "csv") {
      const cols = Object.keys(data[0] ?? {});
      return respond(
        request,
        toCsv(
          cols,
          data.map((d) => cols.map((c) => (d[c] as string | number | null) ?? null)),
        ),
        "text/csv; charset=utf-8",
        {
          "content-disposition": `attachment; filename="${csvFileName(resource, "")}"`,
        },
      );
    }
    return json(request, { data, total: data.length, version: ds.version });
  }
  if (!isTable(resource)) return notFound(`There is no resource "${resource}".`, [...RESOURCES]);
  const spec = TABLES[resource];
  const columns = spec.columns.map((c) => c.id);
  const allowed = LIST_PARAMS.filter(
    (p) =>
      !["district", "sector", "direction", "status", "year"].includes(p) ||
      spec.dimensions.includes(p as never),
  );
  const parsed = parseListQuery(url, request.headers.get("accept"), ds, allowed, columns);
  if (!parsed.ok) return badRequest(parsed.errors);
  const { locale, limit, offset, format, view } = parsed.query;
  const { selected, page } = selectRows(ds, resource, locale, view, limit, offset);
  if (format === "csv") {
    const csv = toCsv(
      spec.columns.map((c) => c.id),
      page.map((r) => spec.columns.map((c) => r.values[c.id] ?? null)),
    );
    return respond(request, csv, "text/csv; charset=utf-8", {
      "content-disposition": `attachment; filename="${csvFileName(resource, describeFilter(view.filter))}"`,
      "x-total-count": String(selected.length),
    });
  }
  return json(request, {
    data: page.map((r) => item(ds, resource, r, locale)),
    total: selected.length,
    offset,
    limit,
    version: ds.version,
  });
}

function selectRows(
  ds: Dataset,
  table: TableId,
  locale: Locale,
  view: ViewState,
  limit: number,
  offset: number,
) {
  const spec = TABLES[table];
  const rows = tableRows(ds, table, locale);
  const selected = sortRows(
    filterRows(rows, view.filter, spec.dimensions),
    view.sort,
    spec.columns,
    locale,
    rows,
  );
  return { selected, page: selected.slice(offset, offset + limit) };
}

export interface ListPayload {
  data: Record<string, unknown>[];
  total: number;
  offset: number;
  limit: number;
  version: string;
}

/** The JSON a list route answers for a plain request: the table pages use it as SWR fallback data. */
export function listPayload(ds: Dataset, table: TableId, locale: Locale): ListPayload {
  const view: ViewState = { filter: EMPTY_FILTER, sort: [], hidden: [] };
  const { selected, page } = selectRows(ds, table, locale, view, MAX_LIMIT, 0);
  return {
    data: page.map((r) => item(ds, table, r, locale)),
    total: selected.length,
    offset: 0,
    limit: MAX_LIMIT,
    version: ds.version,
  };
}

export function itemResponse(request: Request, ds: Dataset, resource: string, id: string): Response {
  const url = new URL(request.url);
  const parsed = parseListQuery(url, request.headers.get("accept"), ds, ["locale"], []);
  if (!parsed.ok) return badRequest(parsed.errors);
  const locale = parsed.query.locale;
  if (isSimple(resource)) {
    const found = simpleItems(ds, resource, locale).find((d) => d.code === id);
    return found
      ? json(request, { data: found, version: ds.version })
      : notFound(`No ${resource} entry has the code "${id}".`);
  }
  if (!isTable(resource)) return notFound(`There is no resource "${resource}".`, [...RESOURCES]);
  const row = tableRows(ds, resource, locale).find((r) => r.id === id);
  return row
    ? json(request, { data: item(ds, resource, row, locale), version: ds.version })
    : notFound(`No ${resource} record has the id "${id}".`);
}

export function notFound(detail: string, allowed?: string[]): Response {
  return problem(404, "Not found", detail, allowed ? { allowed } : {});
}

export function metaResponse(request: Request, ds: Dataset): Response {
  const url = new URL(request.url);
  if ([...url.searchParams.keys()].length > 0) {
    const key = [...url.searchParams.keys()][0] ?? "";
    return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
      parameter: key,
      allowed: [],
    });
  }
  const status = getDataStatus();
  return json(request, {
    version: ds.version,
    updatedAt: ds.updatedAt,
    loadedAt: ds.loadedAt,
    status: status.lastError ? "error" : "ok",
    lastError: status.lastError,
    counts: {
      sources: ds.sources.length,
      directions: ds.directions.length,
      indicators: ds.indicators.length,
      observations: ds.observations.length,
      measures: ds.measures.length,
      entities: ds.entities.length,
      targets: ds.targets.length,
      districts: ds.districts.length,
      sectors: ds.sectors.length,
    },
  });
}
