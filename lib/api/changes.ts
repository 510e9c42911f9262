/**
 * `/api/v1/changes`: the public change log as JSON or CSV, narrowed by direction and indicator as the page
 * is, from the same `changeViews`.
 */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { CHANGE_KINDS, DIRECTION_CODES, LOCALES, isDirectionCode } from "@/lib/domain/codes";
import { CHANGED_FILES } from "@/lib/domain/schema";
import { toCsv } from "@/lib/format/csv";
import { changeViews, type ChangeView } from "@/lib/queries/changes";
import { bodyCache } from "./cache";
import { negotiate } from "./negotiate";
import { problem } from "./problem";
import { csvResponse, json } from "./respond";

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
  format: z.enum(["json", "csv"]).optional(),
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

export function changesResponse(request: Request, ds: Dataset): Response {
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
  const format =
    q.format ??
    (negotiate(request.headers.get("accept"), ["application/json", "text/csv"]) === "text/csv"
      ? "csv"
      : "json");
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
  if (format === "csv") {
    const cached = bodyCache(ds, key, () => {
      const all = rows();
      const page = all.slice(q.offset, end).map(item);
      return {
        body: toCsv(
          [...CSV_COLUMNS],
          // Directions, a list, share one cell joined with "; " as every list column does.
          page.map((r) => CSV_COLUMNS.map((c) => r[c])),
          "machine",
        ),
        total: all.length,
      };
    });
    return csvResponse(request, cached, `changes${directions.length ? `-${directions.join("-")}` : ""}.csv`, {
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
