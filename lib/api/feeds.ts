/** The change-log feeds as HTTP answers: Atom or JSON Feed, per language and optionally per direction. */
import type { Dataset } from "@/lib/data/types";
import { isDirectionCode } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";
import { atomXml, changeFeed, jsonFeed } from "@/lib/changes/feeds";
import { bodyCache } from "./cache";
import { problem } from "./problem";
import { respond } from "./respond";

export type FeedFormat = "atom" | "json";

export function feedResponse(
  request: Request,
  ds: Dataset,
  format: FeedFormat,
  locale: string,
  direction: string | null = null,
): Response {
  if (!isLocale(locale)) return problem(404, "Not found", `There is no language "${locale}".`);
  if (direction !== null && !isDirectionCode(direction))
    return problem(404, "Not found", `There is no direction "${direction}".`);
  const key = [...new URL(request.url).searchParams.keys()][0];
  if (key !== undefined)
    return problem(400, "Unknown parameter", `"${key}" is not a parameter of this feed.`, {
      parameter: key,
      allowed: [],
    });
  const body = bodyCache(ds, `feed|${format}|${locale}|${direction ?? ""}`, () => {
    const feed = changeFeed(ds, locale, direction !== null && isDirectionCode(direction) ? direction : null);
    return { body: format === "atom" ? atomXml(feed, locale) : jsonFeed(feed, locale) };
  });
  return respond(
    request,
    body,
    format === "atom" ? "application/atom+xml; charset=utf-8" : "application/feed+json; charset=utf-8",
  );
}
