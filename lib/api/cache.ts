/** Response bodies built once per dataset version and query, with their ETag (and, once asked, compressed). */
import { createHash } from "node:crypto";
import type { Dataset } from "@/lib/data/types";
import { compressNow, MIN_COMPRESS_BYTES, type Coding } from "@/lib/server/encoding.mjs";

export interface CachedBody {
  /** Text (JSON, CSV) or bytes (XLSX). */
  body: string | Uint8Array;
  etag: string;
  /** Rows matching the query over all pages, for lists. */
  total: number;
  /** The body in each content coding a client has asked for, compressed on the first such request. */
  encoded: Partial<Record<Coding, Uint8Array<ArrayBuffer>>>;
}

type Built = { body: string | Uint8Array; total?: number };

const MAX_ENTRIES = 500;
const caches = new WeakMap<Dataset, Map<string, CachedBody>>();

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}

function cacheOf(ds: Dataset): Map<string, CachedBody> {
  let cache = caches.get(ds);
  if (!cache) {
    cache = new Map();
    caches.set(ds, cache);
  }
  return cache;
}

function recall(ds: Dataset, key: string): CachedBody | undefined {
  const cache = cacheOf(ds);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
  }
  return hit;
}

function remember(ds: Dataset, key: string, { body, total = 0 }: Built): CachedBody {
  const cache = cacheOf(ds);
  const made = { body, etag: etagOf(body), total, encoded: {} };
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, made);
  return made;
}

/** The body for `key` in this dataset version: built on first request, then served from memory. */
export function bodyCache(ds: Dataset, key: string, build: () => Built): CachedBody {
  return recall(ds, key) ?? remember(ds, key, build());
}

/** The same, for a body that is built asynchronously (a spreadsheet). */
export async function bodyCacheAsync(
  ds: Dataset,
  key: string,
  build: () => Promise<Built>,
): Promise<CachedBody> {
  return recall(ds, key) ?? remember(ds, key, await build());
}

/**
 * The cached body in a content coding, compressed once and kept beside it; null when it goes out as it is:
 * bytes (a spreadsheet or a ZIP, compressed already) and text under MIN_COMPRESS_BYTES.
 */
export function encodedBody(cached: CachedBody, coding: Coding): Uint8Array<ArrayBuffer> | null {
  if (typeof cached.body !== "string" || cached.body.length < MIN_COMPRESS_BYTES) return null;
  // A copy in an array of its own (zlib's buffer may share its memory), sent as it is on every request.
  return (cached.encoded[coding] ??= new Uint8Array(compressNow(cached.body, coding)));
}
