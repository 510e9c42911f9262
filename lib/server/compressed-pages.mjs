// Pages sent compressed once. A page at an address (its default view, or a filtered one) is the same for
// every reader until the data or the day changes, yet the framework renders it or reads it from its cache,
// and compresses it again, for each request (gzip only). Here, in front of the framework,
// the server keeps each such page it has sent, once decoded and then compressed with brotli and gzip, and
// answers later requests for it from memory in the coding the client asked for (Accept-Encoding; Vary
// says so), with the headers the framework sent (security headers, Cache-Control, ETag and all).
//
// What is kept: only a 200 answer to a plain GET of a page's address (no conditional or range header, none
// of the request headers the answer varies on, so never the client router's data requests), that the
// framework rendered or served from its cache of prerendered pages (not a stale copy), that is public (no
// private/no-store/no-cache, no Set-Cookie) and that
// carries exactly the validator (ETag) the proxy gives that address now. That validator is made from the
// build, the dataset version, the origin, the day and the address (lib/http/etags.ts), so it is the
// key: a copy is served only while the proxy would still give its page the same tag (bridge.mjs), and a
// data update, which changes every page's tag, retires every copy. Anything else (a 304, an error, a
// router data request, a page while a data update settles) goes to the framework as before. A page the
// framework rendered for the request is kept while its tag holds; one it sent from its own cache, no longer
// than its s-maxage (it may be older than the tag's day). Memory is
// bounded (PAGE_CACHE_MB, 64 by default, and a quarter more for views with a query string): the least
// recently sent pages go first.
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate } from "node:zlib";
import { CODINGS, chooseEncoding, compress } from "./encoding.mjs";
import { currentPageTag } from "./bridge.mjs";

/** Request headers that ask for something other than the whole page as it stands. */
const CONDITIONAL = [
  "if-none-match",
  "if-modified-since",
  "if-match",
  "if-unmodified-since",
  "if-range",
  "range",
];
/** Response headers that describe one transfer, not the page; set again for each answer. */
const PER_TRANSFER = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
]);
/** A page larger than this is not kept. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

const DECODE = {
  gzip: promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** The address of a request that may be answered from (or kept in) the store, or null. */
function plainPath(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = String(req.url ?? "");
  if (!url.startsWith("/") || url.startsWith("/api/") || url.startsWith("/_next/")) return null;
  if (CONDITIONAL.some((name) => req.headers[name] !== undefined)) return null;
  return url;
}

/** The header names a Vary value lists, lower-cased. */
function varyNames(value) {
  return [value ?? []]
    .flat()
    .flatMap((v) => String(v).split(","))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
}

/** The page's headers as the framework sent them, less those of one transfer; Vary names Accept-Encoding. */
function pageHeaders(headers) {
  const kept = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !PER_TRANSFER.has(name.toLowerCase())) kept[name.toLowerCase()] = value;
  const vary = varyNames(kept.vary);
  if (!vary.includes("accept-encoding"))
    kept.vary = [kept.vary, "Accept-Encoding"].filter(Boolean).join(", ");
  return kept;
}

/** How long a shared cache may keep the page (s-maxage, else max-age), in ms; 0 when neither is given. */
function maxAgeMs(cacheControl) {
  const text = String(cacheControl ?? "");
  const match = /\bs-maxage=(\d+)/i.exec(text) ?? /\bmax-age=(\d+)/i.exec(text);
  return match ? Number(match[1]) * 1000 : 0;
}

/** Whether the framework's answer is the page at its address, the same for every reader, under this tag. */
function keepable(req, status, headers, tag) {
  const cacheControl = String(headers["cache-control"] ?? "");
  const coding = String(headers["content-encoding"] ?? "identity").toLowerCase();
  return (
    status === 200 &&
    headers.etag === tag &&
    cacheControl !== "" &&
    !/\b(?:private|no-store|no-cache)\b/i.test(cacheControl) &&
    headers["set-cookie"] === undefined &&
    /^text\/html\b/i.test(String(headers["content-type"] ?? "")) &&
    (headers["x-nextjs-cache"] === undefined || String(headers["x-nextjs-cache"]).toUpperCase() === "HIT") &&
    (coding === "identity" || coding in DECODE) &&
    varyNames(headers.vary).every((name) => name === "accept-encoding" || req.headers[name] === undefined)
  );
}

/**
 * The store and its request hook: `(req, res) => boolean` answers a request from memory and returns true,
 * or returns false (having set itself up to keep the framework's answer, when that may be kept).
 * Install it before anything else wraps the response, so that it sees the headers as they are sent.
 */
export function compressedPages({
  tagOf = currentPageTag,
  maxBytes = Number(process.env.PAGE_CACHE_MB ?? 64) * 1024 * 1024,
  onError = (error) => console.error(`[pages] could not keep a compressed page: ${error?.message ?? error}`),
} = {}) {
  /** Pages least recently sent first, with their total size, kept within `limit` bytes. */
  function shelf(limit) {
    /** address → { tag, expiresAt, headers, vary, bodies: { identity, br, gzip }, bytes } */
    const pages = new Map();
    let bytes = 0;
    const forget = (path) => {
      const page = pages.get(path);
      if (!page) return;
      bytes -= page.bytes;
      pages.delete(path);
    };
    return {
      pages,
      forget,
      bytes: () => bytes,
      keep(path, page) {
        forget(path);
        if (page.bytes > limit) return;
        pages.set(path, page);
        bytes += page.bytes;
        for (const oldest of pages.keys()) {
          if (bytes <= limit) break;
          forget(oldest);
        }
      },
    };
  }
  // Views with a query string (filters) have a shelf of their own, a quarter as large: any number of
  // different queries can be asked for, and they must not push the pages' default views out.
  const plain = shelf(maxBytes);
  const queried = shelf(Math.floor(maxBytes / 4));
  const shelfOf = (path) => (path.includes("?") ? queried : plain);
  /** Addresses whose answer is being kept right now (one at a time per address). */
  const keeping = new Set();

  /** The copy kept for this address while it is still the page under this tag, else undefined. */
  function current(path, tag) {
    const { pages, forget } = shelfOf(path);
    const page = pages.get(path);
    if (page && (page.tag !== tag || Date.now() >= page.expiresAt)) {
      forget(path); // another build, dataset, origin or day: this copy is no longer the page
      return undefined;
    }
    return page;
  }

  function serve(req, res, path, tag) {
    const page = current(path, tag);
    if (!page) return false;
    const { pages } = shelfOf(path);
    if (page.vary.some((name) => req.headers[name] !== undefined)) return false;
    const coding = chooseEncoding(req.headers["accept-encoding"]);
    if (coding === null) return false; // nothing acceptable: the framework answers as it always has
    pages.delete(path);
    pages.set(path, page);
    const body = page.bodies[coding];
    res.writeHead(200, {
      ...page.headers,
      ...(coding === "identity" ? {} : { "content-encoding": coding }),
      "content-length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  /** Copies what the framework sends for this request, and keeps it if it turns out to be keepable. */
  function record(req, res, path, tag) {
    keeping.add(path);
    let head = null;
    let chunks = [];
    let size = 0;
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, ...rest) => {
      const result = writeHead(status, ...rest);
      const given = rest.find((r) => r !== null && typeof r === "object" && !Array.isArray(r));
      const headers = { ...res.getHeaders(), ...given };
      for (const name of Object.keys(headers)) headers[name.toLowerCase()] = headers[name];
      if (keepable(req, status, headers, tag)) head = headers;
      else chunks = null;
      return result;
    };
    const copy = (chunk, encoding) => {
      if (chunks === null || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8")
          : Buffer.from(chunk);
      size += buffer.length;
      if (size > MAX_PAGE_BYTES) chunks = null;
      else chunks.push(buffer);
    };
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => {
      copy(chunk, rest[0]);
      return write(chunk, ...rest);
    };
    const end = res.end.bind(res);
    res.end = (chunk, ...rest) => {
      copy(chunk, rest[0]);
      return end(chunk, ...rest);
    };
    res.once("close", () => {
      if (!res.writableFinished || head === null || chunks === null) {
        keeping.delete(path);
        return;
      }
      // A render that a data update overtook (the tag changed, or is withheld while the update settles)
      // may mix the two datasets: not kept, even though its tag could come back if the data is put back.
      if (tagNow(path) !== tag) {
        keeping.delete(path);
        return;
      }
      const coding = String(head["content-encoding"] ?? "identity").toLowerCase();
      const keptAt = Date.now();
      const sent = Buffer.concat(chunks);
      Promise.resolve(coding === "identity" ? sent : DECODE[coding](sent))
        .then(async (identity) => {
          const compressed = await Promise.all(CODINGS.map((c) => compress(identity, c)));
          const bodies = { identity, ...Object.fromEntries(CODINGS.map((c, i) => [c, compressed[i]])) };
          const headers = pageHeaders(head);
          shelfOf(path).keep(path, {
            tag,
            // A page rendered for this request is the page until its tag changes (the tag names the day,
            // and nothing on a page turns faster). A copy the framework served from its own cache may be
            // up to s-maxage old, perhaps from the day before: kept no longer than that.
            expiresAt:
              head["x-nextjs-cache"] === undefined ? Infinity : keptAt + maxAgeMs(headers["cache-control"]),
            headers,
            vary: varyNames(headers.vary).filter((name) => name !== "accept-encoding"),
            bodies,
            bytes: Object.values(bodies).reduce((n, b) => n + b.length, 0),
          });
        })
        .catch(onError)
        .finally(() => keeping.delete(path));
    });
  }

  /** The tag a plain GET of this address gets now, or null (none, or the proxy's function failed). */
  function tagNow(path) {
    try {
      return tagOf(path);
    } catch (error) {
      onError(error); // the framework answers: a fault here must never leave a request unanswered
      return null;
    }
  }

  function compressedPage(req, res) {
    const path = plainPath(req);
    if (path === null) return false;
    const tag = tagNow(path);
    if (tag === null) return false;
    if (serve(req, res, path, tag)) return true;
    if (req.method === "GET" && !keeping.has(path)) record(req, res, path, tag);
    return false;
  }
  /** Whether the store holds the current page at this address (path and query). */
  compressedPage.holds = (path) => {
    const tag = tagNow(path);
    return tag !== null && current(path, tag) !== undefined;
  };
  /** What the store holds (the addresses, least recently sent first, those without a query first, and their
   * bytes) and how many
   * answers it is still compressing: for tests. */
  compressedPage.held = () => ({
    addresses: [...plain.pages.keys(), ...queried.pages.keys()],
    bytes: plain.bytes() + queried.bytes(),
    busy: keeping.size,
  });
  return compressedPage;
}
