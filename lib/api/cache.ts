/** Response bodies built once per dataset version and query, with their ETag. */
import { createHash } from "node:crypto";
import type { Dataset } from "@/lib/data/types";

export interface CachedBody {
  body: string;
  etag: string;
  /** Rows matching the query over all pages, for lists. */
  total: number;
}

const MAX_ENTRIES = 500;
const caches = new WeakMap<Dataset, Map<string, CachedBody>>();

export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The body for `key` in this dataset version: built on first request, then served from memory. */
export function bodyCache(
  ds: Dataset,
  key: string,
  build: () => { body: string; total?: number },
): CachedBody {
  let cache = caches.get(ds);
  if (!cache) {
    cache = new Map();
    caches.set(ds, cache);
  }
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: the oldest entry is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const { body, total = 0 } = build();
  const made = { body, etag: etagOf(body), total };
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, made);
  return made;
}
