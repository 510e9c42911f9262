"use client";

import { useSyncExternalStore } from "react";
import { noChange } from "@/lib/ui/hydrated";

/** The origin the server wrote a page's absolute links with, and whether the deployer configured it. */
export interface LinkOrigin {
  origin: string;
  /** SITE_ORIGIN is set: links use it everywhere. Otherwise the server wrote its own listening address. */
  configured: boolean;
}

const pageOrigin = () => window.location.origin;

/**
 * The origin of what the reader copies or downloads in the browser (citations, embed code, chart files):
 * the configured SITE_ORIGIN, or when none is configured the origin the reader opened the page on (the
 * server only knows its listening address). The server's origin while hydrating, so the markup matches.
 */
export function useLinkOrigin(site: LinkOrigin): string {
  const seen = useSyncExternalStore(noChange, pageOrigin, () => site.origin);
  return site.configured ? site.origin : seen;
}

/** An absolute address the server wrote on `site.origin`, moved to `origin` (other addresses unchanged). */
export function onOrigin(url: string, site: LinkOrigin, origin: string): string {
  return url === site.origin || url.startsWith(`${site.origin}/`)
    ? `${origin}${url.slice(site.origin.length)}`
    : url;
}
