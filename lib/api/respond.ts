/**
 * Successful API answers: an ETag per body, 304 on If-None-Match, caching fit for rarely changing data; a
 * cached body goes out in the coding the client asked for (Accept-Encoding), compressed once.
 */
import { matchesEtag } from "@/lib/http/etags";
import { BODY_CODING_HEADER, codedBodiesPass } from "@/lib/server/bridge.mjs";
import { chooseEncoding, type Coding } from "@/lib/server/encoding.mjs";
import { encodedBody, etagOf, type CachedBody } from "./cache";

/** Shared caches may keep an answer a minute and serve it stale while they revalidate. */
export const CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

/** A body built for this request (the framework compresses it, if at all), or one from the body cache. */
type Body = string | CachedBody;

/**
 * A cached body in the coding the client asked for, or null to send it as it is (and leave compressing it
 * to the framework, as under `next dev`, whose server cannot pass a route's own coding on).
 */
function inCoding(
  request: Request,
  content: CachedBody,
): { coding: Coding; bytes: Uint8Array<ArrayBuffer> } | null {
  if (!codedBodiesPass()) return null;
  const coding = chooseEncoding(request.headers.get("accept-encoding"));
  if (coding === null || coding === "identity") return null;
  const bytes = encodedBody(content, coding);
  return bytes === null ? null : { coding, bytes };
}

export function respond(
  request: Request,
  content: Body,
  contentType: string,
  extra: Record<string, string> = {},
): Response {
  const { body, etag } = typeof content === "string" ? { body: content, etag: etagOf(content) } : content;
  const headers = { etag, "cache-control": CACHE_CONTROL, vary: "Accept, Accept-Encoding", ...extra };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  const encoded = typeof content === "string" ? null : inCoding(request, content);
  if (encoded !== null)
    return new Response(new Blob([encoded.bytes]), {
      status: 200,
      headers: { "content-type": contentType, [BODY_CODING_HEADER]: encoded.coding, ...headers },
    });
  // Bytes go out as a Blob of their own buffer (the body types of fetch want an ArrayBuffer's view).
  const payload = typeof body === "string" ? body : new Blob([body.slice().buffer]);
  return new Response(payload, { status: 200, headers: { "content-type": contentType, ...headers } });
}

export function json(request: Request, body: Body, extra: Record<string, string> = {}): Response {
  return respond(request, body, "application/json; charset=utf-8", extra);
}

/**
 * A Content-Disposition header for any file name (RFC 6266): an ASCII fallback in `filename` and the
 * real name, percent-encoded UTF-8, in `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/-+_/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii || "download"}"; filename*=UTF-8''${encoded}`;
}

export function csvResponse(
  request: Request,
  body: Body,
  fileName: string,
  extra: Record<string, string> = {},
): Response {
  return fileResponse(request, body, "text/csv; charset=utf-8", fileName, extra);
}

/** A file download (CSV, XLSX): its media type and a Content-Disposition naming it. */
export function fileResponse(
  request: Request,
  body: Body,
  contentType: string,
  fileName: string,
  extra: Record<string, string> = {},
): Response {
  return respond(request, body, contentType, {
    "content-disposition": contentDisposition(fileName),
    ...extra,
  });
}
