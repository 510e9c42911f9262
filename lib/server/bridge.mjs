// What the production server (server.mjs) and the framework's code (the proxy, the API routes) tell each
// other. The framework bundles its code apart from server.mjs, so they meet through well-known global
// symbols rather than a shared module instance (as lib/data/store.ts keeps its state on globalThis).
const PAGE_TAGS = Symbol.for("beijing-ai-policy-tracker.page-tags");
const CODED_BODIES = Symbol.for("beijing-ai-policy-tracker.coded-bodies");
const DEFAULT_VIEWS = Symbol.for("beijing-ai-policy-tracker.default-views");

/**
 * The proxy (proxy.ts) decides each page's validator (ETag) from the build, the dataset version, the
 * origin, the day and the address, and publishes that decision here: `tagOf(address)` is the tag a plain
 * GET of that address (path and query) would carry now, or null. The store of compressed pages (compressed-pages.mjs) serves
 * its copy of a page only while the page would still carry the tag it was kept under.
 */
export function publishPageTags(tagOf) {
  globalThis[PAGE_TAGS] = tagOf;
}

/**
 * The proxy names the addresses of the pages' default views (every page with a filter bar, in every
 * language), which the server renders before anyone asks (warm-pages.mjs). Null until the proxy is loaded.
 */
export function publishDefaultViews(addresses) {
  globalThis[DEFAULT_VIEWS] = [...addresses];
}

/** The addresses the proxy named (publishDefaultViews), or null before it is loaded. */
export function defaultViews() {
  const views = globalThis[DEFAULT_VIEWS];
  return Array.isArray(views) ? views : null;
}

/**
 * How long a shared cache may keep a page the proxy gave a validator: as long as the framework keeps a
 * prerendered page (each route's `revalidate` of 300 s; pages turn with the day), then as long again served
 * stale while it is checked. The proxy sets it; the server takes it back from any answer that is not the page
 * itself (an error, a redirect, a 404, the client router's data: lib/server/request-gate.mjs).
 */
export const PAGE_CACHE_CONTROL = "s-maxage=300, stale-while-revalidate=300";

/** The tag the proxy would give a plain GET of `address` now; null when it gives none (or is not loaded). */
export function currentPageTag(address) {
  const tagOf = globalThis[PAGE_TAGS];
  return typeof tagOf === "function" ? tagOf(address) : null;
}

/**
 * The header in which an API route says its body is already compressed, and how. The framework drops a
 * route's own Content-Encoding (it assumes a fetched body that was decoded on the way), so the route names
 * the coding here and the server restores it as Content-Encoding before anything reads the headers (the
 * framework's own compression then leaves the body alone).
 */
export const BODY_CODING_HEADER = "x-body-content-coding";

/**
 * Set up by the server: returns the per-request hook that restores Content-Encoding, and tells the routes
 * that they may send compressed bodies. Without it (next dev) they send them as they are.
 */
export function codedBodies() {
  globalThis[CODED_BODIES] = true;
  return function restoreCoding(res) {
    const setHeader = res.setHeader.bind(res);
    res.setHeader = (name, value) =>
      String(name).toLowerCase() === BODY_CODING_HEADER
        ? setHeader("content-encoding", value)
        : setHeader(name, value);
  };
}

/** Whether this process's server restores a route's Content-Encoding (see codedBodies). */
export function codedBodiesPass() {
  return globalThis[CODED_BODIES] === true;
}
