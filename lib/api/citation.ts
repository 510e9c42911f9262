/** GET /api/v1/observations/{id}/citation?style=&locale=: one figure's citation as text, by the same function as the page. */
import type { Dataset } from "@/lib/data/types";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { CITATION_MEDIA_TYPE, CITATION_STYLES, citation, isCitationStyle } from "@/lib/cite/citation";
import { translator } from "@/lib/i18n/translator";
import { citedFigure, getFigure } from "@/lib/queries/figures";
import { siteOrigin } from "@/lib/ui/site";
import { problem } from "./problem";
import { respond } from "./respond";

const PARAMS = { style: CITATION_STYLES, locale: LOCALES } as const;

function invalid(parameter: string, detail: string, allowed?: readonly string[]): Response {
  return problem(400, "Invalid query", detail, { parameter, ...(allowed ? { allowed: [...allowed] } : {}) });
}

export function citationResponse(request: Request, ds: Dataset, resource: string, id: string): Response {
  if (resource !== "observations")
    return problem(404, "Not found", `Citations exist for observations only, not for "${resource}".`, {
      allowed: ["observations"],
    });
  const params = new URL(request.url).searchParams;
  for (const key of new Set(params.keys())) {
    if (!Object.hasOwn(PARAMS, key)) return invalid(key, `Unknown parameter "${key}".`, Object.keys(PARAMS));
    if (params.getAll(key).length > 1) return invalid(key, `"${key}" is given more than once.`);
  }
  const style = params.get("style") ?? "apa";
  if (!isCitationStyle(style)) return invalid("style", `Unknown citation style "${style}".`, CITATION_STYLES);
  const locale = params.get("locale") ?? "en";
  if (!(LOCALES as readonly string[]).includes(locale))
    return invalid("locale", `Unknown language "${locale}".`, LOCALES);
  const view = getFigure(ds, id, locale as Locale);
  if (!view) return problem(404, "Not found", `No observation has the id "${id}".`);
  const text = citation(
    citedFigure(view, {
      tracker: translator(locale as Locale)("meta.title"),
      url: `${siteOrigin()}/${locale}/figures/${id}`,
      accessed: new Date().toISOString().slice(0, 10),
    }),
    style,
  );
  return respond(request, text, CITATION_MEDIA_TYPE[style], { "x-dataset-version": ds.version });
}
