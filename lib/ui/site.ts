/**
 * The site's public origin: SITE_ORIGIN when the deployer set it (server.mjs refuses to start on one that
 * is not an absolute http(s) origin), else the server's own listening address (PORT, HOST). Never a
 * request's Host header: absolute links (hreflang alternates, feeds, citations, embed code, share images)
 * must not be steered by whoever sends the request. Read at render time, not at build time: pages are
 * rendered by the server that serves them (lib/server/page-cache.mjs starts empty), on whatever port it listens.
 */
import { resolveSiteOrigin } from "@/lib/http/site-origin.mjs";
import type { LinkOrigin } from "./link-origin";

export function linkOrigin(): LinkOrigin {
  const resolved = resolveSiteOrigin(process.env);
  // server.mjs has refused to start on a bad SITE_ORIGIN; `next dev` and `next build` stop here instead.
  if (!resolved.ok) throw new Error(resolved.message);
  return { origin: resolved.origin, configured: resolved.configured };
}

export function siteOrigin(): string {
  return linkOrigin().origin;
}
