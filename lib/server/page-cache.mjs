// The cache of rendered pages, kept in this process's memory (not in .next/ on disk): several servers started
// from one build (replicas, or the test servers) never read or overwrite each other's pages, and a page
// rendered from one dataset version is never served by a process holding another. The first request for a
// page after a start renders it; later ones are served from here until the data changes.
//
// Every page is tagged with the dataset version it was rendered from (lib/data/revalidate.ts). When the data
// store swaps in a new version it retires the old version's tag here, once (lib/data/store.ts): the pages
// carrying it are dropped at that moment, and a render begun before the swap is not kept when it finishes.
//
// The framework loads this module as the `cacheHandler` (next.config.js) apart from its bundles, which import
// it again: the two copies share their state through a well-known global symbol (as lib/server/bridge.mjs).
const SHARED = Symbol.for("beijing-ai-policy-tracker.page-cache");
const MAX_ENTRIES = 2000;

/**
 * How long after a swap a finished render may still be of the old data: a page renders its parts
 * concurrently, and one part can read the dataset before the swap and another after it. Renders that finish
 * within this time are sent but not kept, and pages get no validator (proxy.ts). Longer than the slowest
 * render under load.
 */
export const SETTLE_MS = 10_000;

/** @returns {{ entries: Map<string, { value: unknown, lastModified: number, tags: string[] }>, retired: Set<string>, retiredAt: number }} */
function shared() {
  const store = /** @type {Record<symbol, any>} */ (globalThis);
  store[SHARED] ??= { entries: new Map(), retired: new Set(), retiredAt: 0 };
  return store[SHARED];
}

/** The tag of everything rendered from this dataset version. */
export function datasetTag(version) {
  return `dataset:${version}`;
}

/**
 * A new dataset is in service: drop what was rendered from the old one and keep no late render of it. The
 * version is a hash of the files, so an undone edit brings an old version back: the new one is welcome
 * again, and every swap starts the settling time.
 */
export function retireDataset(oldVersion, newVersion, now = Date.now()) {
  const state = shared();
  const tag = datasetTag(oldVersion);
  state.retired.delete(datasetTag(newVersion));
  state.retiredAt = now;
  if (state.retired.has(tag)) return;
  state.retired.add(tag);
  for (const [key, entry] of state.entries) if (entry.tags.includes(tag)) state.entries.delete(key);
}

/** Whether every page kept here is of the dataset in service (no swap within SETTLE_MS). */
export function pagesSettled(now = Date.now()) {
  return now - shared().retiredAt >= SETTLE_MS;
}

/** A page's cache tags travel in its headers; data fetches bring theirs in the context. */
function tagsOf(data, ctx) {
  if (Array.isArray(ctx?.tags)) return ctx.tags;
  const header = data?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

export default class PageCache {
  async get(key) {
    return shared().entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    const state = shared();
    const tags = tagsOf(data, ctx);
    // Rendered from a retired version, or possibly across a swap: sent to its reader, not kept.
    if (tags.some((tag) => state.retired.has(tag)) || !pagesSettled()) return;
    if (state.entries.size >= MAX_ENTRIES && !state.entries.has(key))
      state.entries.delete(state.entries.keys().next().value);
    state.entries.set(key, { value: data, lastModified: Date.now(), tags });
  }

  async revalidateTag(tags) {
    const list = [tags].flat();
    const { entries } = shared();
    for (const [key, entry] of entries) if (entry.tags.some((tag) => list.includes(tag))) entries.delete(key);
  }

  resetRequestCache() {}
}
