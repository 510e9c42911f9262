import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020";
import { csvRecords } from "../lib/test/parse-csv";

const LISTS = [
  "indicators",
  "targets",
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

test("items are reachable by id, as the same row the list has; unknown ids are 404", async ({ request }) => {
  const one = await (await request.get("/api/v1/indicators/core-ai-firms")).json();
  expect(one.data).toMatchObject({
    value: 1048,
    as_of: "2022-10-31",
    observations: 1,
    breakdown: "city-wide",
  });
  const listed = (await (await request.get("/api/v1/indicators?limit=1000")).json()).data.find(
    (r: { id: string }) => r.id === "core-ai-firms",
  );
  expect(one.data).toEqual(listed);
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
    expect(
      row.breakdown === "city-wide" ||
        row.district === "Beijing Economic-Technological Development Area (Yizhuang)",
      row.id,
    ).toBe(true);
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

test("CSV and JSON agree, through ?format=csv, Accept: text/csv and the spreadsheet flavour", async ({
  request,
}) => {
  const query = "district=haidian,bda&sort=as_of&limit=1000";
  const json = (await (await request.get(`/api/v1/observations?${query}`)).json()).data as {
    id: string;
    value: number;
  }[];
  for (const response of [
    await request.get(`/api/v1/observations?${query}&format=csv`),
    await request.get(`/api/v1/observations?${query}`, { headers: { accept: "text/csv" } }),
  ]) {
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    // The machine flavour: no byte-order mark, column codes as headers, values untouched.
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split("\r\n")[0]?.split(",").at(-1)).toBe("id");
    expect(csvRecords(text).map((r) => [r.id, Number(r.value)])).toEqual(json.map((r) => [r.id, r.value]));
  }
  // The spreadsheet flavour: BOM, "Label [code]" headers in the reader's language, the same rows.
  const excel = await request.get(`/api/v1/observations?${query}&for=excel&locale=zh`);
  const text = await excel.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("[value]");
  expect(csvRecords(text).map((r) => r.id)).toEqual(json.map((r) => r.id));
  expect(excel.headers()["content-disposition"]).toMatch(/filename\*=UTF-8''/);
  // Nothing acceptable: 406.
  const refused = await request.get("/api/v1/observations", { headers: { accept: "image/png" } });
  expect(refused.status()).toBe(406);
  const json2 = await request.get("/api/v1/observations", {
    headers: { accept: "text/csv;q=0, application/json" },
  });
  expect(json2.headers()["content-type"]).toContain("application/json");
});

test("pagination is numeric and links to the next and previous pages", async ({ request }) => {
  const all = await (await request.get("/api/v1/indicators?limit=10000")).json();
  const page = await (await request.get("/api/v1/indicators?offset=10")).json();
  expect(page.offset).toBe(10);
  expect(page.limit).toBe(100);
  expect(page.total).toBe(all.total);
  expect(page.data).toHaveLength(Math.min(100, all.total - 10));
  expect(page.data[0].id).toBe(all.data[10].id);
  expect(page.links.prev).toContain("offset=0");
  const last = await (await request.get(`/api/v1/indicators?limit=10&offset=${all.total - 5}`)).json();
  expect(last.data).toHaveLength(5);
  expect(last.links.next).toBeNull();
  const next = await (await request.get("/api/v1/indicators?limit=10&offset=0")).json();
  const followed = await (await request.get(next.links.next)).json();
  expect(followed.data[0].id).toBe(all.data[10].id);
});

test("every route's real answer validates against the published OpenAPI document", async ({ request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "openapi", components: spec.components }, "openapi");
  const schemaOf = (path: string) => {
    const ref: string = spec.paths[path].get.responses["200"].content["application/json"].schema.$ref;
    return { $ref: `openapi${ref}` };
  };
  const checks: [string, string][] = [
    ...LISTS.map((name): [string, string] => [`/api/v1/${name}`, `/api/v1/${name}`]),
    ...LISTS.map((name): [string, string] => [
      ["directions", "districts", "sectors"].includes(name)
        ? `/api/v1/${name}?locale=zh`
        : `/api/v1/${name}?locale=zh&limit=3&offset=1`,
      `/api/v1/${name}`,
    ]),
    ["/api/v1/indicators/core-ai-firms", "/api/v1/indicators/{id}"],
    ["/api/v1/observations/core-ai-firms-2022-10", "/api/v1/observations/{id}"],
    ["/api/v1/targets?year=2025", "/api/v1/targets"],
    ["/api/v1/observations?indicator=core-ai-firms", "/api/v1/observations"],
    ["/api/v1/districts/haidian?locale=ko", "/api/v1/districts/{code}"],
    ["/api/v1/meta", "/api/v1/meta"],
    ["/api/v1/changes?locale=ko&direction=talent", "/api/v1/changes"],
    ["/api/v1/changes?indicator=ad-zone-area&limit=5", "/api/v1/changes"],
    ["/api/v1/search?q=haidian&locale=zh", "/api/v1/search"],
    ["/api/v1/search?q=%E6%B5%B7%E6%B7%80", "/api/v1/search"],
  ];
  for (const [url, path] of checks) {
    const body = await (await request.get(url)).json();
    const validate = ajv.compile(schemaOf(path));
    expect(validate(body), `${url}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  }
  // And a wrong answer does not pass: the schema is strict about the shape.
  const validate = ajv.compile(schemaOf("/api/v1/indicators"));
  expect(validate({ data: [{ id: "x" }], total: "1", limit: 100, offset: "0", version: "v" })).toBe(false);
  const bad = await (await request.get("/api/v1/indicators?limit=0")).json();
  const problem = ajv.compile({ $ref: "openapi#/components/schemas/Problem" });
  expect(problem(bad)).toBe(true);
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
    ["/api/v1/targets?status=pilot", "status"],
    ["/api/v1/indicators?offset=abc", "offset"],
    ["/api/v1/indicators?for=excel&format=json", "for"],
    ["/api/v1/changes?direction=atlantis", "direction"],
    ["/api/v1/changes?indicator=nowhere", "indicator"],
    ["/api/v1/changes?page=2", "page"],
    ["/api/v1/search?limit=5", "q"],
    ["/api/v1/search?q=a&limit=0", "limit"],
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
    expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
});

test("one series in one call: indicator= narrows observations, targets and indicators, in JSON and CSV", async ({
  request,
}) => {
  // The whole table, narrowed here, is what one call with indicator= must answer.
  const all = (await (await request.get("/api/v1/observations?limit=10000")).json()).data;
  const series = all.filter((o: { indicator_id: string }) => o.indicator_id === "ad-vehicles");
  expect(series.length).toBeGreaterThan(1);
  const one = await (await request.get("/api/v1/observations?indicator=ad-vehicles")).json();
  expect(one.total).toBe(series.length);
  expect(one.data.map((o: { id: string }) => o.id)).toEqual(series.map((o: { id: string }) => o.id));
  expect(one.links.self).toContain("indicator=ad-vehicles");
  // Several series, comma-separated, as every list parameter; with the other filters and paging.
  const two = await (await request.get("/api/v1/observations?indicator=ad-vehicles,core-ai-firms")).json();
  expect(new Set(two.data.map((o: { indicator_id: string }) => o.indicator_id))).toEqual(
    new Set(["ad-vehicles", "core-ai-firms"]),
  );
  const paged = await (
    await request.get("/api/v1/observations?indicator=ad-vehicles&limit=1&offset=1")
  ).json();
  expect(paged.data[0].id).toBe(series[1].id);
  expect(paged.links.next ?? paged.links.prev).toContain("indicator=ad-vehicles");

  const csv = await request.get("/api/v1/observations?indicator=ad-vehicles&format=csv");
  const rows = csvRecords(await csv.text());
  expect(rows).toHaveLength(series.length);
  expect(rows.every((r) => r.indicator_id === "ad-vehicles")).toBe(true);
  expect(csv.headers()["content-disposition"]).toContain("indicator-ad-vehicles");

  const targets = await (await request.get("/api/v1/targets?indicator=core-ai-firms&limit=10000")).json();
  const allTargets = (await (await request.get("/api/v1/targets?limit=10000")).json()).data;
  expect(targets.total).toBe(
    allTargets.filter((t: { indicator_id: string }) => t.indicator_id === "core-ai-firms").length,
  );
  const indicator = await (await request.get("/api/v1/indicators?indicator=core-ai-firms")).json();
  expect(indicator.data.map((i: { id: string }) => i.id)).toEqual(["core-ai-firms"]);

  // An unknown id is refused like an unknown district, and tables without series do not take it.
  const unknown = await request.get("/api/v1/observations?indicator=core-ai-firms,no-such-series");
  expect(unknown.status()).toBe(400);
  expect(unknown.headers()["content-type"]).toContain("application/problem+json");
  const problem = await unknown.json();
  expect(problem.parameter).toBe("indicator");
  expect(problem.detail).toContain("no-such-series");
  expect(problem.allowed).toContain("core-ai-firms");
  const measures = await (await request.get("/api/v1/measures?indicator=core-ai-firms")).json();
  expect(measures.parameter).toBe("indicator");

  // The OpenAPI document says so, for the tables that take it.
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  const names = (path: string) =>
    spec.paths[path].get.parameters.map((p: { name: string }) => p.name) as string[];
  for (const path of ["/api/v1/observations", "/api/v1/targets", "/api/v1/indicators"])
    expect(names(path)).toContain("indicator");
  expect(names("/api/v1/measures")).not.toContain("indicator");
});

test("the OpenAPI description lists every route", async ({ request }) => {
  const spec = await (await request.get("/api/v1/openapi.json")).json();
  expect(spec.openapi).toBe("3.1.0");
  for (const name of LISTS) expect(Object.keys(spec.paths)).toContain(`/api/v1/${name}`);
  expect(spec.components.schemas.Problem.type).toBe("object");
});

test("pages carry the security headers and a CSP that works with cached pages", async ({ request }) => {
  const response = await request.get("/en");
  const h = response.headers();
  const csp = h["content-security-policy"] ?? "";
  // Scripts only from this origin (and the framework's inline bootstrap): no eval, no plugins, no framing.
  expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBeTruthy();
  expect(h["permissions-policy"]).toBeTruthy();
  // A page a shared cache may keep for a while, with a validator: a reload can be a 304.
  expect(h["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(h["cache-control"]).toContain("stale-while-revalidate");
  expect(h["set-cookie"]).toBeUndefined();
  // The validator, once the pages have settled after the server's start (lib/data/revalidate.ts).
  let etag = "";
  await expect
    .poll(async () => (etag = (await request.get("/en")).headers()["etag"] ?? ""), { timeout: 20_000 })
    .toMatch(/^W\/"p-/);
  const again = await request.get("/en", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  // Each page has its own validator; the client router's data for the same address carries none.
  expect((await request.get("/zh", { headers: { "if-none-match": etag } })).status()).toBe(200);
  expect((await request.get("/en?district=haidian", { headers: { "if-none-match": etag } })).status()).toBe(
    200,
  );
  const data = await request.get("/en", { headers: { rsc: "1" } });
  expect(data.headers()["content-type"]).toContain("text/x-component");
  expect(data.headers()["etag"]).toBeUndefined();
});
