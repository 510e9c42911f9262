import { once } from "node:events";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compressedPages } from "./compressed-pages.mjs";

/** A stand-in for the framework: a page per address, gzip when asked, as Next sends it. */
interface Framework {
  calls: number;
  page: (path: string) => string;
  headers: Record<string, string>;
  status: number;
}

const servers: Array<{ close: () => void }> = [];
afterEach(() => {
  servers.splice(0).forEach((s) => s.close());
  vi.useRealTimers();
});

async function start(tag: { value: string | null }, maxBytes = 64 * 1024 * 1024) {
  const framework: Framework = {
    calls: 0,
    page: (path) => `<!doctype html><title>${path}</title>${"<p>Beijing AI 北京 人工智能</p>".repeat(400)}`,
    headers: {},
    status: 200,
  };
  const pages = compressedPages({
    tagOf: () => tag.value,
    maxBytes,
    onError: (e) => {
      throw e;
    },
  });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (pages(req, res)) return;
    framework.calls += 1;
    const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? ""));
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("cache-control", "s-maxage=300, stale-while-revalidate=31535700");
    res.setHeader("vary", "rsc, next-router-state-tree, Accept-Encoding");
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("content-type", "text/html; charset=utf-8");
    if (tag.value !== null) res.setHeader("etag", tag.value);
    // ("" takes a header away: x-nextjs-cache is absent from a page rendered for the request.)
    for (const [name, value] of Object.entries(framework.headers))
      if (value === "") res.removeHeader(name);
      else res.setHeader(name, value);
    if (gzip) res.setHeader("content-encoding", "gzip");
    res.statusCode = framework.status;
    const html = Buffer.from(framework.page(String(req.url))); // rendered once its headers are set

    // Sent in two pieces, as a stream would be.
    const body = gzip ? gzipSync(html) : html;
    res.write(body.subarray(0, 100));
    res.end(body.subarray(100));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { framework, port, held: pages.held, holds: pages.holds };
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

const BROWSER = { "accept-encoding": "gzip, deflate, br" };

/** Waits until the store holds these addresses (pages are compressed off the main thread after the answer). */
async function kept(held: () => { addresses: string[] }, addresses: string[]) {
  const same = () => held().addresses.join(" ") === addresses.join(" ");
  const until = Date.now() + 10_000;
  while (!same() && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  expect(held().addresses).toEqual(addresses);
}

/** Waits until the store has weighed (and compressed, if it keeps them) the answers it was copying. */
async function settled(held: () => { busy: number }) {
  const until = Date.now() + 10_000;
  while (held().busy > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  expect(held().busy).toBe(0);
}

describe("compressedPages", () => {
  it("sends a kept page from memory in the coding asked for, with the framework's headers", async () => {
    // Why: the point of the store; the bytes and headers must be the framework's, only the coding differs.
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    const first = await get(port, "/en", BROWSER);
    expect(first.headers["content-encoding"]).toBe("gzip"); // the framework's own answer
    await kept(held, ["/en"]);
    const html = framework.page("/en");
    const br = await get(port, "/en", BROWSER);
    const gzip = await get(port, "/en", { "accept-encoding": "gzip" });
    const identity = await get(port, "/en");
    expect(framework.calls).toBe(1);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(html);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).toString()).toBe(html);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.toString()).toBe(html);
    for (const answer of [br, gzip, identity]) {
      expect(answer.headers).toMatchObject({
        etag: tag.value,
        "cache-control": "s-maxage=300, stale-while-revalidate=31535700",
        "x-content-type-options": "nosniff",
        "content-type": "text/html; charset=utf-8",
        "content-length": String(answer.body.length),
      });
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
    }
    expect(br.body.length).toBeLessThan(gzip.body.length);
  });

  it("holds a page rendered for the request until its tag changes, a cached one no longer than s-maxage", async () => {
    // Why: the warm-up renders a default view once per tag and relies on the store holding it till then;
    // a copy from the framework's cache may be from the day before, so it must not outlive its s-maxage.
    vi.useFakeTimers({ toFake: ["Date"] });
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held, holds } = await start(tag);
    framework.headers["x-nextjs-cache"] = ""; // a view rendered for its address
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    delete framework.headers["x-nextjs-cache"]; // a prerendered page, from the framework's cache
    await get(port, "/en/method", BROWSER);
    await kept(held, ["/en", "/en/method"]);
    expect([holds("/en"), holds("/en/method"), holds("/zh")]).toEqual([true, true, false]);
    vi.setSystemTime(Date.now() + 301_000);
    expect([holds("/en"), holds("/en/method")]).toEqual([true, false]);
    await get(port, "/en", BROWSER);
    expect(framework.calls).toBe(2);
    tag.value = 'W/"p-v2-a-b"';
    expect(holds("/en")).toBe(false);
  });

  it("does not keep a page that a data update overtook while it was being sent", async () => {
    // Why: such a render may mix two datasets, and its tag comes back if the data is put back the same day.
    const tag: { value: string | null } = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    const page = framework.page;
    framework.page = (path) => {
      tag.value = null; // the update settles while the page is on its way
      return page(path);
    };
    await get(port, "/en", BROWSER);
    await settled(held);
    expect(held().addresses).toEqual([]);
    tag.value = 'W/"p-v1-a-b"';
    framework.page = page;
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    expect(framework.calls).toBe(2);
  });

  it("answers HEAD from memory with the GET's headers and no body", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    const head = await get(port, "/en", BROWSER, "HEAD");
    const body = await get(port, "/en", BROWSER);
    expect(framework.calls).toBe(1);
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(body.headers["content-length"]);
    expect(head.headers["content-encoding"]).toBe("br");
  });

  it("retires a copy as soon as the proxy gives its address another tag (a data update)", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    tag.value = 'W/"p-v2-a-b"';
    framework.page = (path) => `<p>new data for ${path}</p>`.repeat(100);
    const after = await get(port, "/en", BROWSER);
    expect(framework.calls).toBe(2);
    expect(gunzipSync(after.body).toString()).toBe(framework.page("/en"));
    await kept(held, ["/en"]);
    const kept2 = await get(port, "/en", BROWSER);
    expect(framework.calls).toBe(2);
    expect(brotliDecompressSync(kept2.body).toString()).toBe(framework.page("/en"));
    expect(kept2.headers.etag).toBe('W/"p-v2-a-b"');
  });

  it("keeps nothing while the proxy gives no tag, or when the answer is not the tagged page", async () => {
    const tag: { value: string | null } = { value: null };
    const { framework, port, held } = await start(tag);
    /** Two requests, each answered by the framework, and nothing kept after the first has been weighed. */
    const neverKept = async () => {
      const calls = framework.calls;
      await get(port, "/en", BROWSER);
      await settled(held);
      expect(held().addresses).toEqual([]);
      await get(port, "/en", BROWSER);
      expect(framework.calls).toBe(calls + 2);
    };
    await neverKept();
    tag.value = 'W/"p-v1-a-b"';
    const answers: Array<Record<string, string>> = [
      { "cache-control": "private, no-cache, no-store" },
      { "set-cookie": "NEXT_LOCALE=en" },
      { "x-nextjs-cache": "MISS" },
      { etag: 'W/"p-v0-a-b"' },
      { "content-type": "application/json" },
    ];
    for (const headers of answers) {
      framework.headers = headers;
      await neverKept();
    }
    framework.headers = {};
    framework.status = 404;
    await neverKept();
  });

  it("never answers from memory a request that asks for something else than the plain page", async () => {
    // Why: a router data request, a revalidation or a range gets another answer; another query is another page.
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    await get(port, "/en", { ...BROWSER, rsc: "1" });
    await get(port, "/en", { ...BROWSER, "if-none-match": tag.value });
    await get(port, "/en", { ...BROWSER, range: "bytes=0-10" });
    await get(port, "/en?district=bda", BROWSER);
    await get(port, "/en", { "accept-encoding": "identity;q=0" });
    await get(port, "/en", BROWSER, "POST");
    expect(framework.calls).toBe(7);
  });

  it("keeps a view with a query under its own address, and sends it from memory when asked again", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    const first = await get(port, "/en/tables/indicators?district=haidian", BROWSER);
    await kept(held, ["/en/tables/indicators?district=haidian"]);
    const again = await get(port, "/en/tables/indicators?district=haidian", BROWSER);
    expect(framework.calls).toBe(1);
    expect(again.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(again.body).toString()).toBe(gunzipSync(first.body).toString());
    // The default view and another filter are other pages.
    await get(port, "/en/tables/indicators", BROWSER);
    await get(port, "/en/tables/indicators?district=chaoyang", BROWSER);
    expect(framework.calls).toBe(3);
  });

  it("keeps views with a query on a shelf of their own: many queries never push a default view out", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const probe = await start(tag);
    await get(probe.port, "/en?district=x", BROWSER);
    await kept(probe.held, ["/en?district=x"]);
    const onePage = probe.held().bytes;
    // Room for four pages without a query, and for one with a query (a quarter as much).
    const { port, held } = await start(tag, Math.floor(onePage * 4.5));
    await get(port, "/en", BROWSER);
    await kept(held, ["/en"]);
    for (const district of ["a", "b", "c"]) {
      await get(port, `/en?district=${district}`, BROWSER);
      await kept(held, ["/en", `/en?district=${district}`]);
    }
  });

  it("leaves a request to the framework when the tag cannot be told", async () => {
    const errors: unknown[] = [];
    const pages = compressedPages({
      tagOf: () => {
        throw new TypeError("Invalid URL");
      },
      onError: (e) => errors.push(e),
    });
    const req = { method: "GET", url: "//", headers: {} } as unknown as IncomingMessage;
    expect(pages(req, {} as ServerResponse)).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it("does not keep an answer to a request with a header the page varies on", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const { framework, port, held } = await start(tag);
    await get(port, "/en", { ...BROWSER, "next-router-state-tree": "x" });
    await get(port, "/en", BROWSER);
    expect(framework.calls).toBe(2);
    await kept(held, ["/en"]);
  });

  it("stays within its memory bound, letting the least recently sent page go", async () => {
    const tag = { value: 'W/"p-v1-a-b"' };
    const probe = await start(tag);
    await get(probe.port, "/one", BROWSER);
    await kept(probe.held, ["/one"]);
    const onePage = (await get(probe.port, "/one")).body.length;
    // Room for two pages of this size (each is kept as identity, br and gzip), not three.
    const { framework, port, held } = await start(tag, Math.floor(onePage * 2.5));
    await get(port, "/a", BROWSER);
    await kept(held, ["/a"]);
    await get(port, "/b", BROWSER);
    await kept(held, ["/a", "/b"]);
    await get(port, "/a", BROWSER); // /a is now the most recently sent
    await get(port, "/c", BROWSER);
    await kept(held, ["/a", "/c"]);
    expect(held().bytes).toBeLessThanOrEqual(Math.floor(onePage * 2.5));
    const calls = framework.calls;
    await get(port, "/a", BROWSER);
    await get(port, "/c", BROWSER);
    expect(framework.calls).toBe(calls);
    await get(port, "/b", BROWSER);
    expect(framework.calls).toBe(calls + 1);
  });
});
