// The cache of prerendered pages, kept in this process's memory (not in .next/ on disk): several servers
// started from one build (replicas, or the test servers) never read or overwrite each other's pages, and a
// page regenerated for one dataset version is never served by a process holding another. The first
// request for a page after a start renders it; later ones are served from here until the data changes
// (lib/data/revalidate.ts marks every page for regeneration).
const cache = new Map();
const MAX_ENTRIES = 2000;

/** A page's cache tags travel in its headers; data fetches bring theirs in the context. */
function tagsOf(data, ctx) {
  if (Array.isArray(ctx?.tags)) return ctx.tags;
  const header = data?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

module.exports = class MemoryCacheHandler {
  async get(key) {
    return cache.get(key) ?? null;
  }

  async set(key, data, ctx) {
    if (cache.size >= MAX_ENTRIES && !cache.has(key)) cache.delete(cache.keys().next().value);
    cache.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) });
  }

  async revalidateTag(tags) {
    const list = [tags].flat();
    for (const [key, entry] of cache) if (entry.tags.some((tag) => list.includes(tag))) cache.delete(key);
  }

  resetRequestCache() {}
};
