import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import PageCache, { datasetTag, pagesSettled, retireDataset, SETTLE_MS } from "./page-cache.mjs";

/** A rendered page as the framework hands it to the cache: its tags in its headers. */
const page = (version: string) => ({
  kind: "APP_PAGE",
  html: `<p>${version}</p>`,
  headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_/en/layout,${datasetTag(version)}` },
});

describe("the page cache", () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("beijing-ai-policy-tracker.page-cache")];
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-03T08:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("keeps a page until its dataset version is retired, then drops it at once", async () => {
    const cache = new PageCache();
    await cache.set("/en", page("v1"));
    await cache.set("/en/sources", page("v1"));
    expect(await cache.get("/en")).toMatchObject({ value: page("v1") });
    retireDataset("v1", "v2");
    expect(await cache.get("/en")).toBeNull();
    expect(await cache.get("/en/sources")).toBeNull();
  });

  it("leaves the pages of other versions in place", async () => {
    const cache = new PageCache();
    await cache.set("/en", page("v2"));
    retireDataset("v1", "v2");
    vi.advanceTimersByTime(SETTLE_MS);
    expect(await cache.get("/en")).not.toBeNull();
  });

  it("does not keep a render of a retired version that finishes after the swap", async () => {
    const cache = new PageCache();
    retireDataset("v1", "v2");
    vi.advanceTimersByTime(SETTLE_MS);
    await cache.set("/en", page("v1"));
    expect(await cache.get("/en")).toBeNull();
  });

  it("keeps nothing rendered within SETTLE_MS of a swap, and says the pages are not settled then", async () => {
    const cache = new PageCache();
    expect(pagesSettled()).toBe(true);
    retireDataset("v1", "v2");
    expect(pagesSettled()).toBe(false);
    await cache.set("/en", page("v2"));
    expect(await cache.get("/en")).toBeNull();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(pagesSettled()).toBe(true);
    await cache.set("/en", page("v2"));
    expect(await cache.get("/en")).not.toBeNull();
  });

  it("caches a version again when an undone edit brings it back, and settles after every swap", async () => {
    const cache = new PageCache();
    retireDataset("v1", "v2");
    vi.advanceTimersByTime(SETTLE_MS);
    retireDataset("v2", "v1");
    expect(pagesSettled()).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS);
    await cache.set("/en", page("v1"));
    expect(await cache.get("/en")).not.toBeNull();
    retireDataset("v1", "v2");
    expect(pagesSettled()).toBe(false);
    expect(await cache.get("/en")).toBeNull();
  });
});
