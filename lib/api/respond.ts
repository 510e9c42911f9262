/** Successful API answers: ETag per content, 304 on If-None-Match, caching fit for rarely changing data. */
import { createHash } from "node:crypto";

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function respond(
  request: Request,
  body: string,
  contentType: string,
  extra: Record<string, string> = {},
): Response {
  const etag = `"${createHash("sha1").update(contentType).update("\0").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { etag, "cache-control": CACHE_CONTROL, vary: "Accept, Accept-Encoding", ...extra };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { "content-type": contentType, ...headers } });
}

export function json(request: Request, data: unknown): Response {
  return respond(request, JSON.stringify(data), "application/json; charset=utf-8");
}
