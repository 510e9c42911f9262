import "server-only";
import { revalidatePath } from "next/cache";
import { getDataStatus } from "./store";

/**
 * Prerendered pages carry the dataset they were rendered with. When the server serves another version
 * (an update picked up by the hot reload, or data changed since the build), every page is marked for
 * regeneration: the next request for each renders it afresh. Called where Next.js allows it (route
 * handlers); the proxy asks for it through /api/health when it notices a new version.
 */
const state = globalThis as typeof globalThis & { __bjaiPagesVersion?: string };

export function pagesAreCurrent(): boolean {
  const version = getDataStatus().version;
  return version === null || state.__bjaiPagesVersion === version;
}

export function revalidatePagesIfDataChanged(): void {
  const version = getDataStatus().version;
  if (version === null || state.__bjaiPagesVersion === version) return;
  revalidatePath("/", "layout");
  state.__bjaiPagesVersion = version;
}
