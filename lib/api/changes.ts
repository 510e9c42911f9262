/**
 * `/api/v1/changes`: the public change log as JSON or CSV, narrowed by direction and indicator as the page
 * is, from the same `changeViews`.
 */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { CHANGE_KINDS, DIRECTION_CODES, LOCALES, isDirectionCode } from "@/lib/domain/codes";
import { CHANGED_FILES } from "@/lib/domain/schema";
import { toCsv } from "@/lib/format/csv";
import { changeViews, type ChangeView } from "@/lib/changes/log";
import { pick } from "@/lib/format/localize";
import { directionName } from "@/lib/queries/refs";
import { translator } from "@/lib/i18n/translator";
import { bodyCache, bodyCacheAsync } from "./cache";
import { listColumn, xlsxInput } from "./files";
import { chooseFormat, FORMATS, MEDIA_TYPES } from "./negotiate";
import { buildXlsx, XLSX_TYPE } from "./xlsx";
import { problem } from "./problem";
import { csvResponse, fileResponse, json } from "./respond";

/** Entries per JSON page when no limit is given. */
export const CHANGES_PAGE = 100;

export const CHANGES_PARAMS = ["locale", "format", "direction", "indicator", "limit", "offset"] as const;

export const changeItemSchema = z
  .object({
    id: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    kind: z.enum(CHANGE_KINDS),
    file: z.enum(CHANGED_FILES),
    record: z.string(),
    previousId: z.string().nullable(),
    title: z.string().describe("The record in words, in the chosen language."),
    page: z
      .string()
      .nullable()
      .describe("The record's page without the language prefix; null once withdrawn."),
    field: z.string().nullable(),
    fieldLabel: z.string().nullable(),
    old: z.string().nullable().describe("The old value in words (null: none, or not recorded)."),
    new: z.string().nullable(),
    oldValue: z.unknown().describe("The old value as stored in the data (any JSON value)."),
    newValue: z.unknown().describe("The new value as stored in the data (any JSON value)."),
    reason: z.string(),
    source: z.string().nullable().describe("Id of the source the change rests on (see /api/v1/sources)."),
    indicator: z.string().nullable(),
    directions: z.array(z.enum(DIRECTION_CODES)),
    release: z.string().nullable(),
  })
  .strict();

export const changeListSchema = z.object({
  data: z.array(changeItemSchema),
  total: z.number().int().min(0),
  limit: z.number().int().min(1),
  offset: z.number().int().min(0),
  version: z.string(),
});

const querySchema = z.object({
  locale: z.enum(LOCALES).default("en"),
  format: z.enum(FORMATS).optional(),
  direction: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(",").map((d) => d.trim()) : []))
    .refine((list) => list.every(isDirectionCode), {
      message: `expected directions among ${DIRECTION_CODES.join(", ")}, comma-separated`,
    }),
  indicator: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, "expected an indicator id")
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

function item({
  href,
  oldRaw,
  newRaw,
  source,
  directions,
  ...rest
}: ChangeView): z.infer<typeof changeItemSchema> {
  return {
    ...rest,
    page: href,
    oldValue: oldRaw,
    newValue: newRaw,
    source: source?.id ?? null,
    directions: [...directions],
  };
}

const CSV_COLUMNS = [
  "id",
  "date",
  "kind",
  "file",
  "record",
  "previousId",
  "title",
  "field",
  "old",
  "new",
  "reason",
  "source",
  "indicator",
  "directions",
] as const;

export async function changesResponse(request: Request, ds: Dataset): Promise<Response> {
  const url = new URL(request.url);
  const params = url.searchParams;
  for (const key of new Set(params.keys())) {
    if (!(CHANGES_PARAMS as readonly string[]).includes(key))
      return problem(400, "Invalid query", `"${key}" is not a parameter of this resource.`, {
        parameter: key,
        allowed: [...CHANGES_PARAMS],
      });
    if (params.getAll(key).length > 1)
      return problem(400, "Invalid query", `"${key}" is given more than once.`, { parameter: key });
  }
  const parsed = querySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = String(issue?.path[0] ?? "query");
    return problem(400, "Invalid query", `${parameter}: ${issue?.message ?? "not valid"}.`, { parameter });
  }
  const q = parsed.data;
  const format = chooseFormat(q.format, request.headers.get("accept"), FORMATS);
  if (format === null)
    return problem(406, "Not acceptable", "None of the formats this resource offers is acceptable.", {
      parameter: "Accept",
      allowed: FORMATS.map((f) => MEDIA_TYPES[f]),
    });
  if (
    q.indicator !== undefined &&
    !ds.changes.some((c) => c.indicator === q.indicator) &&
    !ds.index.indicator.has(q.indicator)
  )
    return problem(400, "Invalid query", `indicator: there is no indicator "${q.indicator}".`, {
      parameter: "indicator",
    });
  // JSON comes in pages of 100; a CSV holds every entry unless a limit is given.
  const limit = q.limit ?? (format === "json" ? CHANGES_PAGE : null);
  const end = limit === null ? undefined : q.offset + limit;
  const key = `changes|${q.locale}|${format}|${q.direction.join(",")}|${q.indicator ?? ""}|${limit}|${q.offset}`;
  const directions = q.direction.filter(isDirectionCode);
  const rows = () => changeViews(ds, q.locale, { directions, indicator: q.indicator ?? null });
  // Directions, a list, share one cell joined with "; " as every list column does.
  const cells = (page: z.infer<typeof changeItemSchema>[]) => page.map((r) => CSV_COLUMNS.map((c) => r[c]));
  const name = `changes${directions.length ? `-${directions.join("-")}` : ""}`;
  if (format === "csv") {
    const cached = bodyCache(ds, key, () => {
      const all = rows();
      return {
        body: toCsv([...CSV_COLUMNS], cells(all.slice(q.offset, end).map(item)), "machine"),
        total: all.length,
      };
    });
    return csvResponse(request, cached, `${name}.csv`, { "x-total-count": String(cached.total) });
  }
  if (format === "xlsx") {
    const day = new Date().toISOString().slice(0, 10);
    const cached = await bodyCacheAsync(ds, `${key}|${day}`, async () => {
      const all = rows();
      const page = all.slice(q.offset, end).map(item);
      const t = translator(q.locale);
      const names = directions.map((d) => directionName(ds, d, q.locale));
      const indicator = q.indicator ? ds.index.indicator.get(q.indicator) : undefined;
      const view = [
        ...(names.length ? [`${t("spreadsheet.directions")}: ${names.join(", ")}`] : []),
        ...(q.indicator
          ? [`${t("spreadsheet.indicator")}: ${indicator ? pick(indicator.label, q.locale) : q.indicator}`]
          : []),
      ];
      const cited = new Set(page.flatMap((r) => r.source ?? []));
      const input = xlsxInput(ds, q.locale, day, {
        sheet: t("changes.title"),
        columns: CSV_COLUMNS.map((c) =>
          listColumn(
            c,
            t(`changeColumns.${c}.label`),
            t(`changeColumns.${c}.help`),
            c === "date" ? "date" : "text",
          ),
        ),
        rows: cells(page),
        view: view.join(" · ") || t("spreadsheet.noFilter"),
        shown: page.length,
        selected: all.length,
        total: ds.changes.length,
        sources: ds.sources.filter((s) => cited.has(s.id)),
        address: `${url.pathname}${url.search}`,
        page: `/${q.locale}/changes`,
      });
      return { body: await buildXlsx(input), total: all.length };
    });
    return fileResponse(request, cached, XLSX_TYPE, `${name}.xlsx`, {
      "x-total-count": String(cached.total),
    });
  }
  const cached = bodyCache(ds, key, () => {
    const all = rows();
    const body: z.infer<typeof changeListSchema> = {
      data: all.slice(q.offset, end).map(item),
      total: all.length,
      limit: limit ?? CHANGES_PAGE,
      offset: q.offset,
      version: ds.version,
    };
    return { body: JSON.stringify(body), total: all.length };
  });
  return json(request, cached);
}
