// The gate in front of Next.js (server.mjs). Each rule answers a request the framework would otherwise
// turn into a 500 with a stack trace in the log, or answer untruthfully:
// - a request target that is not a path ("*", "http://…"): OPTIONS * is answered, anything else is 400;
// - TRACE, TRACK, CONNECT: 405, never echoed;
// - a URL over 8 KB: 414; a path whose percent-encoding does not decode: 400;
// - the API (/api/…): GET, HEAD and OPTIONS only; OPTIONS answers the CORS preflight; a "__proto__"
//   parameter (which Next.js silently drops, so the API could not refuse it) is a 400 like any unknown one;
// - pages and assets: GET and HEAD only (405 with Allow otherwise).
// Internal headers of the framework (x-middleware-…) never reach a client.

import { PAGE_CACHE_CONTROL } from "./bridge.mjs";

export const MAX_URL_LENGTH = 8192;
const API_METHODS = "GET, HEAD, OPTIONS";
const PAGE_METHODS = "GET, HEAD, OPTIONS";
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** CORS for the public, read-only API: any site may read it; nothing else is granted. */
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, X-Total-Count, Content-Disposition, Retry-After",
};

function problem(res, status, title, detail, extra = {}, headers = {}) {
  const body = JSON.stringify({
    type: `https://beijing-ai-policy-tracker.invalid/problems/${status}`,
    title,
    status,
    detail,
    ...extra,
  });
  res.writeHead(status, {
    "content-type": "application/problem+json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...CORS_HEADERS,
    ...headers,
  });
  res.end(body);
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(`${text}\n`);
}

/** Query parameter names as the client sent them (before any framework parsing drops one). */
export function rawParamNames(url) {
  const q = url.indexOf("?");
  if (q < 0) return [];
  return url
    .slice(q + 1)
    .split("&")
    .filter((p) => p !== "")
    .map((p) => {
      const name = p.split("=")[0] ?? "";
      try {
        return decodeURIComponent(name.replace(/\+/g, " "));
      } catch {
        return name;
      }
    });
}

/**
 * Answers the request itself and returns true when it must not reach Next.js; returns false otherwise.
 */
export function gate(req, res) {
  const method = String(req.method ?? "GET").toUpperCase();
  const url = String(req.url ?? "/");
  if (!url.startsWith("/")) {
    if (url === "*" && method === "OPTIONS") {
      res.writeHead(204, { allow: PAGE_METHODS });
      res.end();
      return true;
    }
    plain(res, 400, "Bad request: the request target must be a path.");
    return true;
  }
  const api = url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
  // A path whose percent-encoding does not decode (also when decoded twice, as the framework's router
  // does): Next.js answers those with a bare 500.
  const pathname = url.split("?")[0] ?? "/";
  try {
    decodeURIComponent(decodeURIComponent(pathname));
  } catch {
    if (api) problem(res, 400, "Bad request", "The address is not valid percent-encoded UTF-8.");
    else plain(res, 400, "Bad request: the address is not valid percent-encoded UTF-8.");
    return true;
  }
  if (url.length > MAX_URL_LENGTH) {
    if (api) problem(res, 414, "URI too long", `The address is over ${MAX_URL_LENGTH} characters.`);
    else plain(res, 414, `URI too long: the address is over ${MAX_URL_LENGTH} characters.`);
    return true;
  }
  if (FORBIDDEN_METHODS.has(method)) {
    if (api)
      problem(res, 405, "Method not allowed", `${method} is not supported.`, {}, { allow: API_METHODS });
    else plain(res, 405, `Method not allowed: ${method}.`, { allow: PAGE_METHODS });
    return true;
  }
  if (api) {
    if (method === "OPTIONS") {
      res.writeHead(204, {
        allow: API_METHODS,
        ...CORS_HEADERS,
        "access-control-allow-methods": API_METHODS,
        "access-control-allow-headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
        "access-control-max-age": "86400",
        "cache-control": "public, max-age=86400",
        vary: "Origin",
      });
      res.end();
      return true;
    }
    if (method !== "GET" && method !== "HEAD") {
      problem(
        res,
        405,
        "Method not allowed",
        `${method} is not supported; this API is read-only.`,
        { allowed: API_METHODS.split(", ") },
        { allow: API_METHODS },
      );
      return true;
    }
    const proto = rawParamNames(url).find((name) => name === "__proto__");
    if (proto !== undefined) {
      problem(res, 400, "Invalid query", `"${proto}" is not a parameter of this resource.`, {
        parameter: proto,
      });
      return true;
    }
    return false;
  }
  if (method === "OPTIONS") {
    res.writeHead(204, { allow: PAGE_METHODS });
    res.end();
    return true;
  }
  if (method !== "GET" && method !== "HEAD") {
    plain(res, 405, `Method not allowed: pages answer ${PAGE_METHODS}.`, { allow: PAGE_METHODS });
    return true;
  }
  return false;
}

const INTERNAL = /^x-middleware-/i;
const INTERNAL_AND_TAG = /^(?:x-middleware-|etag$)/i;

/**
 * The client router's data requests (RSC) share their page's address, and the proxy cannot tell them
 * apart (the framework hides the headers and parameter that mark them): the page's ETag must not travel
 * with this other representation.
 */
function isRouterData(req) {
  return req?.headers?.rsc !== undefined || /[?&]_rsc=/.test(String(req?.url ?? ""));
}

/** What an answer that is not the page at its address says instead of the page's Cache-Control. */
const UNSHARED = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * Drops the framework's internal headers from everything this response sends; and a page's ETag and
 * shared-cache lifetime (PAGE_CACHE_CONTROL, set by the proxy before the status is known) where they do
 * not describe the body: on the router's data, and on any answer but the page itself (200) or "not
 * modified" (304), such as a redirect, a 404 or an error page at the same address.
 */
export function hideInternalHeaders(res, req) {
  const routerData = isRouterData(req);
  /** The headers an answer with this status must not carry. */
  const internal = (status) =>
    routerData || (status !== 200 && status !== 304) ? INTERNAL_AND_TAG : INTERNAL;
  const setHeader = res.setHeader.bind(res);
  // Before the status is known, only what no answer may carry is refused; writeHead decides the rest.
  res.setHeader = (name, value) => (internal(200).test(String(name)) ? res : setHeader(name, value));
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    const drop = internal(status);
    const notThePage = drop === INTERNAL_AND_TAG;
    for (const name of res.getHeaderNames()) if (drop.test(name)) res.removeHeader(name);
    if (notThePage && res.getHeader("cache-control") === PAGE_CACHE_CONTROL)
      setHeader("cache-control", UNSHARED);
    const headers = rest.find((r) => r !== null && typeof r === "object");
    if (headers && !Array.isArray(headers))
      for (const name of Object.keys(headers)) {
        if (drop.test(name)) delete headers[name];
        else if (notThePage && name.toLowerCase() === "cache-control" && headers[name] === PAGE_CACHE_CONTROL)
          headers[name] = UNSHARED;
      }
    return writeHead(status, ...rest);
  };
}
