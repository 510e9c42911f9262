/**
 * Validators (ETags) and conditional requests, for the API's answers and the pages alike: one reading of
 * If-None-Match everywhere.
 */

/**
 * Whether an If-None-Match header names this entity tag. The comparison is weak (RFC 9110 §13.1.2): "W/"
 * is ignored on both sides, as a cache revalidating either form of a tag means the same content.
 */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const wanted = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag.replace(/^W\//, "") === wanted;
  });
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable digest of a key (not of content; not a secret). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A page's validator: the same build, dataset version and address give the same page, so the tag is made
 * from those, not from the bytes (hashing 200 KB of HTML on every request cost a fifth of the throughput).
 * Weak, because the bytes may differ (compression, the moment of rendering) while the content does not.
 */
export function pageEtag(build: string, version: string, address: string): string {
  return `W/"p-${fnv1a(`${build}\u0000${version}`)}-${fnv1a(address)}"`;
}
