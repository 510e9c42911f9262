/**
 * API query strings. Lists take the page URLs' parameter names and values (district, sector, direction,
 * status, year, q, sort) plus locale, format, limit and offset, and lists of series' records (indicators,
 * observations, targets) take `indicator` (indicator ids, comma-separated) for one series in one call. Strict: an unknown parameter or value is
 * a 400 problem naming the parameter and what is allowed. Numbers parse to numbers, codes to enums.
 */
import { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { urlContext } from "@/lib/filter/options";
import { checkView, INDICATOR_PARAM, indicatorsOf, type ViewState } from "@/lib/filter/search-params";
import type { FilterDimension } from "@/lib/filter/filter";
import type { CsvFlavour } from "@/lib/format/csv";
import { chooseFormat, FORMATS, MEDIA_TYPES, type Format } from "./negotiate";
import type { Problem } from "./schemas";

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;
export const MAX_OFFSET = 1_000_000;

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `${name} must be a whole number from ${min} to ${max}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `${name} must be at least ${min}.`)
        .max(max, `${name} must be at most ${max}.`),
    )
    .optional();

const scalarSchema = z.object({
  locale: z.enum(LOCALES, `locale must be one of ${LOCALES.join(", ")}.`).optional(),
  format: z.enum(FORMATS, `format must be one of ${FORMATS.join(", ")}.`).optional(),
  for: z.enum(["excel"], "for must be excel (a CSV for spreadsheets).").optional(),
  limit: wholeNumber("limit", 1, MAX_LIMIT),
  offset: wholeNumber("offset", 0, MAX_OFFSET),
});

const ALLOWED_VALUES: Record<string, string[] | string> = {
  locale: [...LOCALES],
  format: [...FORMATS],
  for: ["excel"],
  limit: `1–${MAX_LIMIT}`,
  offset: `0–${MAX_OFFSET}`,
};

export interface ListQuery {
  locale: Locale;
  format: Format;
  /** CSV for machines (values untouched) or for people's spreadsheets (?for=excel: BOM, formula guard). */
  flavour: CsvFlavour;
  /** Rows per answer; null for every row (a file asked for without `limit`). */
  limit: number | null;
  offset: number;
  view: ViewState;
  /** Only the rows of these indicators (`indicator=`); empty for every series. */
  indicators: string[];
}

export type QueryErrors = NonNullable<Problem["errors"]>;
export type Parsed<T> = { ok: true; query: T } | { ok: false; status: 400 | 406; errors: QueryErrors };

/** Parameter names: an own-property check against a list (no "__proto__" slips through). */
function unknownParams(params: URLSearchParams, allowed: readonly string[]): QueryErrors {
  const errors: QueryErrors = [];
  const known = new Set(allowed);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!known.has(key))
      errors.push({
        parameter: key,
        detail: `"${key}" is not a parameter of this resource.`,
        allowed: [...allowed],
      });
    else if (seen.has(key))
      errors.push({
        parameter: key,
        detail: `"${key}" is given more than once; give several values as one comma-separated list.`,
      });
    seen.add(key);
  }
  return errors;
}

function scalars(params: URLSearchParams, errors: QueryErrors) {
  const parsed = scalarSchema.safeParse({
    locale: params.get("locale") ?? undefined,
    format: params.get("format") ?? undefined,
    for: params.get("for") ?? undefined,
    limit: params.get("limit") ?? undefined,
    offset: params.get("offset") ?? undefined,
  });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const parameter = String(issue.path[0] ?? "query");
    errors.push({ parameter, detail: issue.message, allowed: ALLOWED_VALUES[parameter] });
  }
  return null;
}

/**
 * The parameters a table's list accepts: its own filter dimensions, `indicator` when its rows belong to a
 * series, q, sort, hide (the columns a file leaves out, as on the page), and the API's own.
 */
export function listParams(dimensions: readonly FilterDimension[], bySeries = false): string[] {
  return [
    ...dimensions,
    ...(bySeries ? [INDICATOR_PARAM] : []),
    "q",
    "sort",
    "hide",
    "locale",
    "format",
    "for",
    "limit",
    "offset",
  ];
}

export function parseListQuery(
  url: URL,
  accept: string | null,
  ds: Dataset,
  dimensions: readonly FilterDimension[],
  columns: readonly string[],
  bySeries = false,
): Parsed<ListQuery> {
  const params = url.searchParams;
  const errors = unknownParams(params, listParams(dimensions, bySeries));
  const values = scalars(params, errors);
  const ctx = urlContext(ds, columns);
  const { view, notices } = checkView(params, ctx);
  for (const n of notices) {
    const allowed =
      n.param === "district"
        ? [...ctx.districts]
        : n.param === "sector"
          ? [...ctx.sectors]
          : n.param === "sort"
            ? columns.flatMap((c) => [c, `-${c}`])
            : n.param === "hide"
              ? [...columns]
              : n.param === "year"
                ? ctx.years.map(String)
                : undefined;
    errors.push({
      parameter: n.param,
      detail: `"${n.value}" is not valid for ${n.param}.`,
      ...(allowed ? { allowed } : {}),
    });
  }
  // An unknown indicator is refused like an unknown district: the answer would silently be empty.
  const series = bySeries ? indicatorsOf(params, ds.index.indicator) : { ids: [], unknown: [] };
  for (const id of series.unknown)
    errors.push({
      parameter: INDICATOR_PARAM,
      detail: `"${id}" is not valid for ${INDICATOR_PARAM}: there is no indicator with this id.`,
      allowed: ds.indicators.map((i) => i.id),
    });
  if (values?.for === "excel" && values.format === "json")
    errors.push({
      parameter: "for",
      detail: "for=excel asks for a CSV file; it cannot go with format=json.",
    });
  if (errors.length > 0 || values === null) return { ok: false, status: 400, errors };
  // for=excel without a format is the spreadsheet CSV; with format=xlsx, the spreadsheet itself.
  const format = chooseFormat(values.format ?? (values.for === "excel" ? "csv" : undefined), accept, FORMATS);
  if (format === null) return notAcceptable(FORMATS);
  if (format === "json" && view.hidden !== null)
    return {
      ok: false,
      status: 400,
      errors: [
        {
          parameter: "hide",
          detail: "hide leaves columns out of a file (csv, xlsx); JSON items always carry every field.",
          allowed: ["csv", "xlsx"],
        },
      ],
    };
  return {
    ok: true,
    query: {
      locale: values.locale ?? "en",
      format,
      flavour: values.for === "excel" ? "people" : "machine",
      // JSON comes in pages; a file holds every row unless a limit is given.
      limit: values.limit ?? (format === "json" ? DEFAULT_LIMIT : null),
      offset: values.offset ?? 0,
      view,
      indicators: series.ids,
    },
  };
}

/** Resources that take only `locale` (and `format` for lists of simple records). */
export function parseSimpleQuery(
  url: URL,
  accept: string | null,
  allowed: readonly ("locale" | "format")[],
): Parsed<{ locale: Locale; format: Format }> {
  const params = url.searchParams;
  const errors = unknownParams(params, allowed);
  const values = scalars(params, errors);
  if (errors.length > 0 || values === null) return { ok: false, status: 400, errors };
  const offers: readonly Format[] = allowed.includes("format") ? FORMATS : ["json"];
  const format = chooseFormat(values.format, accept, offers);
  if (format === null) return notAcceptable(offers);
  return { ok: true, query: { locale: values.locale ?? "en", format } };
}

export function notAcceptable(offers: readonly Format[]): { ok: false; status: 406; errors: QueryErrors } {
  return {
    ok: false,
    status: 406,
    errors: [
      {
        parameter: "Accept",
        detail: "None of the formats this resource offers is acceptable.",
        allowed: offers.map((f) => MEDIA_TYPES[f]),
      },
    ],
  };
}
