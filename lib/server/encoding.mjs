// Content codings: which one a client asked for (Accept-Encoding, RFC 9110 §12.5.3), and compressing a
// body once into it. Plain JavaScript, so that server.mjs (compressed pages) and the API routes (cached
// bodies) share one reading of the header.
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { promisify } from "node:util";

/** The codings this server sends, in the order it prefers them when the client likes several equally. */
export const CODINGS = ["br", "gzip"];

/** Bodies smaller than this go out as they are: compressing them saves less than the header costs. */
export const MIN_COMPRESS_BYTES = 1024;

const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The coding to send: "br", "gzip" or "identity", or null when the client accepts none of them (it
 * refused identity with "identity;q=0" or "*;q=0" and offered nothing we have). No header at all means
 * identity. The highest quality wins; between equals, br before gzip before identity. Identity is
 * acceptable unless refused, and when the client does not name it, ranks with the lowest quality it gave.
 */
export function chooseEncoding(header, offered = CODINGS) {
  if (header === undefined || header === null) return "identity";
  const quality = new Map();
  let lowest = 1;
  for (const part of String(header).split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim());
    if (name === "") continue;
    let q = 1;
    for (const param of params) {
      const [key = "", value = ""] = param.split("=").map((s) => s.trim());
      if (key.toLowerCase() === "q") q = QVALUE.test(value) ? Number(value) : NaN;
    }
    if (Number.isNaN(q)) continue; // a malformed quality: ignore the entry rather than guess
    const coding = name.toLowerCase() === "x-gzip" ? "gzip" : name.toLowerCase();
    if (!quality.has(coding)) quality.set(coding, q);
    if (q > 0) lowest = Math.min(lowest, q);
  }
  const qualityOf = (coding) =>
    quality.get(coding) ?? quality.get("*") ?? (coding === "identity" ? lowest : 0);
  let best = null;
  let bestQ = 0;
  for (const coding of [...offered, "identity"]) {
    const q = qualityOf(coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/**
 * Settings for a body compressed once and sent many times. Brotli's quality 11 takes about a third of a
 * second for a 230 KB page, so it runs off the main thread (async) for pages; API bodies are compressed
 * inline on their first request and use quality 6 (a few ms for 80 KB, nearly the same size).
 */
function brotliOptions(size, quality) {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A body in a coding, compressed off the main thread at the best ratio (pages). */
export function compress(body, coding) {
  if (coding === "br") return brotliAsync(body, brotliOptions(body.length, 11));
  if (coding === "gzip") return gzipAsync(body, { level: 9 });
  throw new Error(`unknown coding ${coding}`);
}

/** A body in a coding, compressed now at a quick setting (API bodies, on their first request). */
export function compressNow(body, coding) {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  if (coding === "br") return brotliCompressSync(bytes, brotliOptions(bytes.length, 6));
  if (coding === "gzip") return gzipSync(bytes, { level: 6 });
  throw new Error(`unknown coding ${coding}`);
}
