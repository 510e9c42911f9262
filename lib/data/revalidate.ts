import "server-only";
import { revalidatePath } from "next/cache";
import { getDataStatus } from "./store";

/**
 * Prerendered pages carry the dataset they were rendered with. When the server serves another version
 * (an update picked up by the hot reload, or data changed since the build), every page is marked for
 * regeneration: the next request for each renders it afresh. Called where Next.js allows it (route
 * handlers); the proxy asks for it through /api/health when it notices a new version.
 */
const state = globalThis as typeof globalThis & { __bjaiPagesVersion?: string; __bjaiPagesSince?: number };

/**
 * How long after the pages were marked for regeneration they may still come from the old data: the
 * framework empties its cache just after the marking request ends, and a render begun on the old data can
 * still finish and be stored. Longer than the slowest page render under load.
 */
export const SETTLE_MS = 10_000;

export function pagesAreCurrent(): boolean {
  const version = getDataStatus().version;
  return version === null || state.__bjaiPagesVersion === version;
}

export function revalidatePagesIfDataChanged(): void {
  const version = getDataStatus().version;
  if (version === null || state.__bjaiPagesVersion === version) return;
  revalidatePath("/", "layout");
  state.__bjaiPagesVersion = version;
  state.__bjaiPagesSince = Date.now();
}

/**
 * The dataset version every cached page was rendered with, or null while that is not yet sure (no data,
 * pages not yet regenerated for this version, or within SETTLE_MS of their marking). A page's validator
 * may name a version only when this gives it.
 */
export function settledPagesVersion(now = Date.now()): string | null {
  const version = getDataStatus().version;
  if (version === null || state.__bjaiPagesVersion !== version) return null;
  return now - (state.__bjaiPagesSince ?? 0) >= SETTLE_MS ? version : null;
}
