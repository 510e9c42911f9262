import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loopback, warmPages } from "./warm-pages.mjs";

/** A server of pages, and the store's view of which it holds: a GET is all it takes to hold one. */
function site(addresses: string[] | null = ["/en", "/en/compare", "/zh"]) {
  const asked: string[] = [];
  const held = new Set<string>();
  const tags = new Map<string, string | null>();
  let inFlight = 0;
  let most = 0;
  const warm = warmPages({
    views: () => addresses,
    tagOf: (address) => (tags.has(address) ? (tags.get(address) ?? null) : "v1"),
    holds: (address) => held.has(address),
    get: async (address) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      asked.push(address);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      if (address === "/broken") throw new Error("no answer");
      held.add(address);
      return 200;
    },
    log: () => {},
  });
  return { warm, asked, held, tags, most: () => most };
}

describe("warmPages", () => {
  it("asks for every default view the store does not hold, one at a time", async () => {
    const s = site();
    s.held.add("/zh");
    expect(await s.warm.pass()).toBe(2);
    expect(s.asked).toEqual(["/en", "/en/compare"]);
    expect(s.most()).toBe(1);
  });

  it("asks again only for views whose validator changed (a data update, a new day), once each", async () => {
    const s = site();
    await s.warm.pass();
    expect(await s.warm.pass()).toBe(0);
    s.held.clear(); // the data changed: the store holds nothing current
    s.tags.set("/en", "v2");
    s.tags.set("/en/compare", "v2");
    expect(await s.warm.pass()).toBe(2);
    // A view the store then let go (no room) under the same validator is not rendered over and over.
    s.held.delete("/en");
    expect(await s.warm.pass()).toBe(0);
    expect(s.asked).toEqual(["/en", "/en/compare", "/zh", "/en", "/en/compare"]);
  });

  it("skips views that get no validator now (data loading or settling), and goes on past a failure", async () => {
    const s = site(["/broken", "/en", "/zh"]);
    s.tags.set("/zh", null);
    expect(await s.warm.pass()).toBe(2);
    expect(s.asked).toEqual(["/broken", "/en"]);
  });

  it("waits for the server to be idle before each view, but not for ever", async () => {
    const asked: string[] = [];
    let busy = true;
    const warm = warmPages({
      views: () => ["/en", "/zh"],
      tagOf: () => "v1",
      holds: () => false,
      idle: () => !busy,
      idleWaitMs: 200,
      get: async (address) => {
        asked.push(`${address} ${busy ? "busy" : "idle"}`);
        busy = true; // a reader arrives meanwhile
        setTimeout(() => (busy = false), 50);
        return 200;
      },
      log: () => {},
    });
    setTimeout(() => (busy = false), 50);
    await warm.pass();
    expect(asked).toEqual(["/en idle", "/zh idle"]);
    busy = true;
    const never = warmPages({
      views: () => ["/ko"],
      tagOf: () => "v1",
      holds: () => false,
      idle: () => false,
      idleWaitMs: 100,
      get: async (address) => (asked.push(address), 200),
      log: () => {},
    });
    expect(await never.pass()).toBe(1);
    expect(asked.at(-1)).toBe("/ko");
  });

  it("runs one pass at a time", async () => {
    const s = site();
    const [a, b] = await Promise.all([s.warm.pass(), s.warm.pass()]);
    expect([a, b]).toEqual([3, 3]);
    expect(s.asked).toHaveLength(3);
  });

  it("loads the framework's proxy with a first request when the views are not named yet", async () => {
    let named: string[] | null = null;
    const asked: string[] = [];
    const warm = warmPages({
      views: () => named,
      tagOf: () => "v1",
      holds: () => false,
      get: async (address) => {
        asked.push(address);
        named = ["/en"];
        return 307;
      },
      log: () => {},
    });
    expect(await warm.pass()).toBe(1);
    expect(asked).toEqual(["/", "/en"]);
  });
});

describe("loopback", () => {
  const servers: Array<{ close: () => void }> = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it("asks the server at its own address and reads the whole answer", async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.url} ${req.headers["accept-encoding"]}`);
      res.writeHead(req.url === "/en" ? 200 : 404).end("x".repeat(100_000));
    });
    servers.push(server);
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const get = loopback(server.address() as AddressInfo);
    expect(await get("/en")).toBe(200);
    expect(await get("/nowhere")).toBe(404);
    expect(seen).toEqual(["/en gzip", "/nowhere gzip"]);
  });
});
