import http from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BROKEN_DATA, BROKEN_PORT } from "../playwright.config";
import { expect, test } from "./fixtures";

/** A raw request, for what a browser or Playwright cannot send (TRACE, the request target "*"). */
function raw(base: string, method: string, target: string, headers: Record<string, string> = {}) {
  const url = new URL(base);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, method, path: target, headers },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

test("odd methods and request targets are refused plainly, never with a 500", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const trace = await raw(base, "TRACE", "/en");
  expect(trace.status).toBe(405);
  expect(trace.body).not.toMatch(/\bat .+:\d+:\d+/);
  expect((await raw(base, "OPTIONS", "*")).status).toBe(204);
  expect((await raw(base, "GET", "*")).status).toBe(400);
  const post = await raw(base, "POST", "/en");
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe("GET, HEAD, OPTIONS");
  expect((await raw(base, "GET", `/en/${"a".repeat(9000)}`)).status).toBe(414);
  expect((await raw(base, "GET", "/en/%ff")).status).toBe(400);
  const proto = await raw(base, "GET", "/api/v1/indicators?__proto__=1");
  expect(proto.status).toBe(400);
  expect(JSON.parse(proto.body).parameter).toBe("__proto__");
  const unknown = await raw(base, "GET", "/api/v1/indicators/a/b");
  expect(unknown.status).toBe(404);
  expect(unknown.headers["content-type"]).toContain("application/problem+json");
  expect((await raw(base, "GET", "/en/tables/constructor")).status).toBe(404);
});

test("the API is readable from other sites (CORS); pages are not", async ({ request }) => {
  const api = await request.get("/api/v1/indicators?limit=1", {
    headers: { origin: "https://other.example" },
  });
  expect(api.headers()["access-control-allow-origin"]).toBe("*");
  expect(api.headers()["access-control-expose-headers"]).toContain("ETag");
  const preflight = await request.fetch("/api/v1/indicators", {
    method: "OPTIONS",
    headers: { origin: "https://other.example", "access-control-request-method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  expect(preflight.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  const page = await request.get("/en", { headers: { origin: "https://other.example" } });
  expect(page.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("no internal header leaks, and alternates come from the configured origin, not the Host header", async ({
  baseURL,
}) => {
  const res = await raw(baseURL ?? "", "GET", "/en/sources", { host: "evil.example" });
  expect(Object.keys(res.headers).filter((h) => h.startsWith("x-middleware"))).toEqual([]);
  expect(String(res.headers.link)).not.toContain("evil.example");
  expect(String(res.headers.link)).toContain('hreflang="zh"');
  expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
});

test("a search in Chinese exports as CSV with a file name in any language", async ({ request }) => {
  const res = await request.get(`/api/v1/measures?format=csv&q=${encodeURIComponent("北京")}&locale=zh`);
  expect(res.status()).toBe(200);
  const disposition = res.headers()["content-disposition"] ?? "";
  expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);
  expect(disposition).toContain(`filename*=UTF-8''beijing-ai-measures_search-${encodeURIComponent("北京")}`);
});

test("the data package has an ETag and answers 304; its spreadsheet flavour carries a BOM", async ({
  request,
}) => {
  const first = await request.get("/api/v1/datapackage?locale=en");
  const etag = first.headers()["etag"] ?? "";
  expect(etag).toMatch(/^"pkg-/);
  const again = await request.get("/api/v1/datapackage?locale=en", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  const excel = await request.get("/api/v1/datapackage?locale=en&for=excel");
  expect(excel.headers()["etag"]).not.toBe(etag);
});

test.describe("a start on broken data", () => {
  const base = `http://127.0.0.1:${BROKEN_PORT}`;
  test.describe.configure({ mode: "serial" });

  test("pages answer 503 in the reader's language; meta names file, record and field; the API is problem+json", async ({
    request,
  }) => {
    const ko = await request.get(`${base}/ko/directions/talent`);
    expect(ko.status()).toBe(503);
    expect(ko.headers()["retry-after"]).toBe("30");
    expect(await ko.text()).toContain("업데이트 중");
    expect(await (await request.get(`${base}/zh`)).text()).toContain("正在更新");
    const meta = await (await request.get(`${base}/api/v1/meta`)).json();
    expect(meta.status).toBe("unavailable");
    expect(meta.lastError.issues[0]).toMatchObject({ file: "sources.json", field: "confidence" });
    expect(meta.lastError.issues[0].record).toMatch(/^#4 /);
    const api = await request.get(`${base}/api/v1/indicators`);
    expect(api.status()).toBe(503);
    expect(api.headers()["content-type"]).toContain("application/problem+json");
    const pkg = await request.get(`${base}/api/v1/datapackage`);
    expect(pkg.status()).toBe(503);
    expect((await request.get(`${base}/api/health`)).status()).toBe(503);
  });

  test("recovers without a restart once the file is mended", async ({ request }) => {
    const file = path.join(BROKEN_DATA, "sources.json");
    const sources = JSON.parse(readFileSync(file, "utf8"));
    sources[3].confidence = "medium";
    writeFileSync(file, JSON.stringify(sources, null, 2));
    await expect
      .poll(async () => (await request.get(`${base}/api/health`)).status(), { timeout: 15_000 })
      .toBe(200);
    expect((await request.get(`${base}/en`)).status()).toBe(200);
  });
});
