/**
 * Validation of API query strings. The API uses the page URLs' parameter names and values (district,
 * sector, direction, status, year, q, sort) plus locale, format, limit and offset, and is strict: any
 * unknown parameter or value is a 400 problem naming the parameter and what is allowed.
 */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { urlContext } from "@/lib/filter/options";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { parseViewState, type ViewState } from "@/lib/filter/url-state";
import type { Problem } from "./problem";

export const LIST_PARAMS = [
  "district",
  "sector",
  "direction",
  "status",
  "year",
  "q",
  "sort",
  "locale",
  "format",
  "limit",
  "offset",
] as const;
export const MAX_LIMIT = 10_000;

const numberParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`),
    )
    .default(String(fallback) as never);

export const listQuerySchema = z.object({
  locale: z.enum(LOCALES).default("en"),
  format: z.enum(["json", "csv"]).optional(),
  limit: numberParam("limit", 1, MAX_LIMIT, 100),
  offset: numberParam("offset", 0, 1_000_000, 0),
});

export interface ListQuery {
  locale: Locale;
  format: "json" | "csv";
  limit: number;
  offset: number;
  view: ViewState;
}

type Errors = NonNullable<Problem["errors"]>;

export function parseListQuery(
  url: URL,
  accept: string | null,
  ds: Dataset,
  allowed: readonly string[],
  columns: string[],
): { ok: true; query: ListQuery } | { ok: false; errors: Errors } {
  const errors: Errors = [];
  const params = url.searchParams;
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!allowed.includes(key))
      errors.push({
        parameter: key,
        detail: `"${key}" is not a parameter of this resource.`,
        allowed: [...allowed],
      });
    else if (seen.has(key) && !["district", "sector", "direction", "status", "year"].includes(key))
      errors.push({ parameter: key, detail: `"${key}" is given more than once.` });
    seen.add(key);
  }
  const scalars = listQuerySchema.safeParse({
    locale: params.get("locale") ?? undefined,
    format: params.get("format") ?? undefined,
    limit: params.get("limit") ?? undefined,
    offset: params.get("offset") ?? undefined,
  });
  if (!scalars.success) {
    for (const issue of scalars.error.issues) {
      const parameter = String(issue.path[0] ?? "query");
      errors.push({
        parameter,
        detail: issue.message,
        allowed:
          parameter === "locale"
            ? [...LOCALES]
            : parameter === "format"
              ? ["json", "csv"]
              : parameter === "limit"
                ? `1–${MAX_LIMIT}`
                : "0–1000000",
      });
    }
  }
  const ctx = urlContext(ds, columns);
  const { state, notices } = parseViewState(params, ctx);
  for (const n of notices) {
    const allowedValues =
      n.param === "district"
        ? ctx.districts
        : n.param === "sector"
          ? ctx.sectors
          : n.param === "sort"
            ? columns.flatMap((c) => [c, `-${c}`])
            : n.param === "year"
              ? (ctx.years ?? []).map(String)
              : undefined;
    errors.push({
      parameter: n.param,
      detail: `"${n.value}" is not valid for ${n.param} (${n.reason}).`,
      allowed: allowedValues ? [...allowedValues] : undefined,
    });
  }
  if (errors.length > 0 || !scalars.success) return { ok: false, errors };
  const wantsCsv =
    scalars.data.format === "csv" ||
    (scalars.data.format === undefined && (accept ?? "").includes("text/csv"));
  return { ok: true, query: { ...scalars.data, format: wantsCsv ? "csv" : "json", view: state } };
}
