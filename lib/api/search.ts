/**
 * GET /api/v1/search?q=&locale=&limit=: one query over every kind of record, in all three languages at
 * once, grouped by kind (lib/search/search.ts). Strict like the lists: an unknown, repeated or invalid
 * parameter is a 400 problem naming it and what is allowed.
 */
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import type { z } from "zod";
import type { Dataset } from "@/lib/data/types";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { DEFAULT_LIMIT_PER_KIND, searchEverything, type SearchResults } from "@/lib/search/search";
import { negotiate } from "./negotiate";
import { problem } from "./problem";
import type { QueryErrors } from "./query";
import { json } from "./respond";
import type { searchResponseSchema } from "./schemas";

/** Results listed per kind, at most (each group's total counts them all). */
export const MAX_SEARCH_LIMIT = 50;
export const DEFAULT_SEARCH_LIMIT = DEFAULT_LIMIT_PER_KIND;

const PARAMS = ["q", "locale", "limit"] as const;

export type SearchResponse = z.infer<typeof searchResponseSchema>;

// Compile-time proof that the published schema is exactly what the search returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesResults: Same<SearchResponse["data"], SearchResults> = true;
void schemaMatchesResults;

function parse(params: URLSearchParams): { q: string; locale: Locale; limit: number } | QueryErrors {
  const errors: QueryErrors = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!(PARAMS as readonly string[]).includes(key))
      errors.push({
        parameter: key,
        detail: `"${key}" is not a parameter of this resource.`,
        allowed: [...PARAMS],
      });
    else if (seen.has(key)) errors.push({ parameter: key, detail: `"${key}" is given more than once.` });
    seen.add(key);
  }
  const q = params.get("q");
  if (q === null) errors.push({ parameter: "q", detail: "q is required: the text to search for." });
  else if (q.length > MAX_QUERY_LENGTH)
    errors.push({
      parameter: "q",
      detail: `q must be at most ${MAX_QUERY_LENGTH} characters long.`,
      allowed: `1–${MAX_QUERY_LENGTH} characters`,
    });
  const locale = params.get("locale") ?? "en";
  if (!(LOCALES as readonly string[]).includes(locale))
    errors.push({
      parameter: "locale",
      detail: `locale must be one of ${LOCALES.join(", ")}.`,
      allowed: [...LOCALES],
    });
  const limitText = params.get("limit");
  const limit =
    limitText === null ? DEFAULT_SEARCH_LIMIT : /^\d{1,2}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_SEARCH_LIMIT))
    errors.push({
      parameter: "limit",
      detail: `limit must be a whole number from 1 to ${MAX_SEARCH_LIMIT}.`,
      allowed: `1–${MAX_SEARCH_LIMIT}`,
    });
  return errors.length > 0 || q === null ? errors : { q, locale: locale as Locale, limit };
}

/** As the lists report a bad query: the first problem at the top, up to five listed. */
function invalid(errors: QueryErrors): Response {
  const first = errors[0];
  const shown = errors.slice(0, 5);
  const more = errors.length - shown.length;
  return problem(
    400,
    "Invalid query",
    (first?.detail ?? "The query is not valid.") + (more > 0 ? ` (${more} more problems not listed.)` : ""),
    { parameter: first?.parameter, allowed: first?.allowed, errors: shown },
  );
}

export function searchResponse(request: Request, ds: Dataset): Response {
  const parsed = parse(new URL(request.url).searchParams);
  if (Array.isArray(parsed)) return invalid(parsed);
  if (negotiate(request.headers.get("accept"), ["application/json"]) === null)
    return problem(406, "Not acceptable", "None of the formats this resource offers is acceptable.", {
      parameter: "Accept",
      allowed: ["application/json"],
    });
  const body: SearchResponse = {
    data: searchEverything(ds, parsed.q, parsed.locale, { limitPerKind: parsed.limit }),
    version: ds.version,
  };
  return json(request, JSON.stringify(body));
}
