/**
 * Entity tags (ETags) and conditional requests, for the API's answers and the pages alike: one reading of
 * If-None-Match everywhere.
 */
import { stableHash } from "@/lib/format/hash";

/**
 * Whether an If-None-Match header names this entity tag. The comparison is weak (RFC 9110 §13.1.2): "W/"
 * is ignored on both sides, as a cache revalidating either form of a tag means the same content.
 */
export function matchesEtag(ifNoneMatch: string | null, etag: string, { star = true } = {}): boolean {
  if (ifNoneMatch === null) return false;
  const wanted = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim();
    return (star && tag === "*") || tag.replace(/^W\//, "") === wanted;
  });
}

/** What a page's content depends on besides its address. */
export interface PageState {
  /** This build (another build may draw the same data differently). */
  build: string;
  /** The dataset version the cached pages were rendered with. */
  version: string;
  /** The site's origin, written into the page's links and metadata. */
  origin: string;
  /** Today (UTC, YYYY-MM-DD): target progress and "stale" notes are judged against the date. */
  day: string;
}

/**
 * A page's validator: the same build, dataset version, origin, day and address give the same page, so the
 * tag is made from those, not from the bytes (hashing 200 KB of HTML on every request cost a fifth of
 * the throughput). Weak, because the bytes may differ (compression, the moment of rendering) while the
 * content does not.
 */
export function pageEtag({ build, version, origin, day }: PageState, address: string): string {
  const hex = (text: string) => stableHash(text).toString(16).padStart(8, "0");
  return `W/"p-${version}-${hex(`${build}\u0000${origin}\u0000${day}`)}-${hex(address)}"`;
}
