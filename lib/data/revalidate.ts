import "server-only";
import { unstable_cache } from "next/cache";
import { datasetTag, pagesSettled } from "@/lib/server/page-cache.mjs";
import { getDataStatus } from "./store";

/**
 * Tags the page being rendered with the dataset version it is rendered from, so that the page cache
 * (lib/server/page-cache.mjs) drops it when the data store swaps that version out (lib/data/store.ts).
 * Called once per render, by the layout every page shares.
 */
export async function tagRenderWithDataset(): Promise<void> {
  const { version } = getDataStatus();
  if (version === null) return;
  // A cached no-op whose only effect is its tag: the framework adds the tags of every cached call made
  // during a render to that page's cache entry.
  await unstable_cache(async () => version, ["dataset-version", version], { tags: [datasetTag(version)] })();
}

/**
 * The dataset version every cached page was rendered from, or null while that is not yet sure (no data, or
 * within SETTLE_MS of a swap). A page's validator may name a version only when this gives it.
 */
export function settledPagesVersion(now = Date.now()): string | null {
  const { version } = getDataStatus();
  return version !== null && pagesSettled(now) ? version : null;
}
