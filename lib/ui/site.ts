/**
 * The site's public origin, from configuration (SITE_ORIGIN), never from a request's Host header: absolute
 * links (hreflang alternates, feeds, citations) must not be steered by whoever sends the request.
 */
const FALLBACK = "http://localhost:3000";

export function siteOrigin(): string {
  const raw = process.env.SITE_ORIGIN ?? FALLBACK;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : FALLBACK;
  } catch {
    return FALLBACK;
  }
}
