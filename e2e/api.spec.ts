import { expect, test } from "@playwright/test";

const LISTS = [
  "indicators",
  "observations",
  "measures",
  "entities",
  "sources",
  "directions",
  "districts",
  "sectors",
];

test("every list route answers JSON with the dataset version", async ({ request }) => {
  const meta = await (await request.get("/api/v1/meta")).json();
  expect(meta.status).toBe("ok");
  for (const name of LISTS) {
    const response = await request.get(`/api/v1/${name}`);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body.version, name).toBe(meta.version);
    expect(body.data.length, name).toBeGreaterThan(0);
  }
});

test("items are reachable by id, with observations on indicators; unknown ids are 404", async ({
  request,
}) => {
  const one = await (await request.get("/api/v1/indicators/core-ai-firms")).json();
  expect(one.data.value).toBe(1048);
  expect(one.data.observations[0]).toMatchObject({ value: 1048, as_of: "2022-10-31" });
  const district = await (await request.get("/api/v1/districts/haidian?locale=zh")).json();
  expect(district.data.name).toBe("海淀区");
  const missing = await request.get("/api/v1/indicators/no-such-thing");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/problem+json");
  expect((await request.get("/api/v1/nothing-here")).status()).toBe(404);
});

test("filters, sort, limit and offset work as on the pages", async ({ request }) => {
  const body = await (await request.get("/api/v1/observations?district=bda&sort=-value&limit=5")).json();
  expect(body.data).toHaveLength(5);
  expect(body.total).toBeGreaterThan(5);
  for (const row of body.data)
    expect(row.breakdown.districts === null || row.breakdown.districts.includes("bda")).toBe(true);
  const values = body.data.map((r: { value: number }) => r.value);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const next = await (
    await request.get("/api/v1/observations?district=bda&sort=-value&limit=5&offset=5")
  ).json();
  expect(next.data[0].id).not.toBe(body.data[0].id);
  const search = await (await request.get("/api/v1/measures?q=robotaxi")).json();
  expect(search.total).toBeGreaterThan(0);
  const byStatus = await (await request.get("/api/v1/measures?status=completed")).json();
  for (const m of byStatus.data) expect(m.status).toBe("completed");
});

test("CSV and JSON agree, through ?format=csv and Accept: text/csv", async ({ request }) => {
  const query = "district=haidian,bda&sort=as_of&limit=1000";
  const jsonIds = (await (await request.get(`/api/v1/observations?${query}`)).json()).data.map(
    (r: { id: string }) => r.id,
  );
  for (const response of [
    await request.get(`/api/v1/observations?${query}&format=csv`),
    await request.get(`/api/v1/observations?${query}`, { headers: { accept: "text/csv" } }),
  ]) {
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text
      .slice(1)
      .split("\r\n")
      .filter((l) => l !== "");
    expect(lines[0]?.split(",").at(-1)).toBe("id");
    expect(lines.slice(1).map((l) => l.split(",").at(-1))).toEqual(jsonIds);
  }
});

test("ETag and If-None-Match give 304; caching headers are set", async ({ request }) => {
  const first = await request.get("/api/v1/sources?locale=ko");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"/);
  expect(first.headers()["cache-control"]).toContain("max-age");
  const again = await request.get("/api/v1/sources?locale=ko", { headers: { "if-none-match": etag ?? "" } });
  expect(again.status()).toBe(304);
  const other = await request.get("/api/v1/sources?locale=en", { headers: { "if-none-match": etag ?? "" } });
  expect(other.status()).toBe(200);
});

test("bad input gets 400 problem+json naming the parameter and what is allowed", async ({ request }) => {
  const cases: [string, string][] = [
    ["/api/v1/indicators?colour=red", "colour"],
    ["/api/v1/indicators?district=atlantis", "district"],
    ["/api/v1/indicators?limit=-1", "limit"],
    ["/api/v1/indicators?limit=1000000000", "limit"],
    ["/api/v1/indicators?sort=value;drop", "sort"],
    ["/api/v1/indicators?locale=fr", "locale"],
    ["/api/v1/indicators?limit=5&limit=6", "limit"],
    ["/api/v1/sources?status=pilot", "status"],
  ];
  for (const [url, parameter] of cases) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(response.headers()["content-type"], url).toContain("application/problem+json");
    const body = await response.json();
    expect(body.parameter, url).toBe(parameter);
    expect(body.detail, url).toBeTruthy();
    expect(JSON.stringify(body), url).not.toMatch(/\/work\/|node_modules|at .*\.js:\d+/);
  }
  const allowed = (await (await request.get("/api/v1/indicators?district=atlantis")).json()).allowed;
  expect(allowed).toContain("haidian");
});

test("write methods get 405 with Allow", async ({ request }) => {
  for (const method of ["post", "put", "delete", "patch"] as const) {
    const response = await request[method]("/api/v1/indicators");
    expect(response.status(), method).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
  }
});

test("the OpenAPI description lists every route", async ({ request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  for (const name of LISTS) expect(Object.keys(spec.paths)).toContain(`/api/v1/${name}`);
  expect(spec.components.schemas.Problem.type).toBe("object");
});

test("pages carry the security headers and a nonce-based CSP", async ({ request }) => {
  const response = await request.get("/en");
  const h = response.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).not.toContain("unsafe-inline' 'strict");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBeTruthy();
  expect(h["permissions-policy"]).toBeTruthy();
  const nonce = h["content-security-policy"]?.match(/nonce-([^']+)/)?.[1];
  expect(await response.text()).toContain(`nonce="${nonce}"`);
});
