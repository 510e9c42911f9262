// A bounded hostile test of a running server: odd methods, raw request targets, paths, headers and
// parameters over every route. Fails on any 5xx, any answer slower than 5 s, any stack trace or file path
// in a body, and any API 4xx that is not application/problem+json.
//   node scripts/fuzz-cli.mjs [baseUrl] [requests] [seed]   (npm run fuzz: 20,000 requests)
// The browser tests run it with 2,000 requests (e2e/fuzz.spec.ts).
import http from "node:http";
import { prng } from "./prng.mjs";

const ROUTES = [
  "/en",
  "/ko/directions/governance",
  "/zh/tables/indicators",
  "/en/tables/observations",
  "/en/sources",
  "/en/method",
  "/en/documents",
  "/en/compare",
  "/api/v1/indicators",
  "/api/v1/observations",
  "/api/v1/targets",
  "/api/v1/measures",
  "/api/v1/entities",
  "/api/v1/documents",
  "/api/v1/cities",
  "/api/v1/sources",
  "/api/v1/directions",
  "/api/v1/districts",
  "/api/v1/sectors",
  "/api/v1/meta",
  "/api/v1/openapi.json",
  "/api/v1/datapackage",
  "/api/v1/datapackage/en/datapackage.json",
  "/api/v1/datapackage/ko/measures_sources.csv",
  "/api/v1/changes",
  "/api/v1/indicators/core-ai-firms",
  "/api/health",
];
const METHODS = [
  "GET",
  "GET",
  "GET",
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "TRACE",
  "TRACK",
  "PROPFIND",
  "FOO",
];
const NAMES = [
  "district",
  "sector",
  "direction",
  "status",
  "year",
  "q",
  "sort",
  "hide",
  "locale",
  "format",
  "for",
  "limit",
  "offset",
  "__proto__",
  "constructor",
  "x",
  "toString",
  "",
];
const VALUES = [
  "haidian",
  "bda,haidian",
  "-value",
  "value",
  "2022",
  "csv",
  "json",
  "xlsx",
  "ko",
  "excel",
  "1000",
  "0",
  "-1",
  "1e9",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "=cmd|' /C calc'!A0",
  "\u202e",
  "😀😀",
  "北京",
  "하이뎬",
  "café",
  "a".repeat(300),
  ",,,",
  "__proto__",
  "constructor",
  "z,z,z,z,z,z,z,z",
  "%E5%8C%97",
];
const SEGMENTS = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "a",
  "%ff",
  "..",
  "北京",
  "x".repeat(50),
  "",
];
const ACCEPTS = [
  "*/*",
  "text/csv",
  "text/csv;q=0, application/json",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "image/png",
  "application/json;q=0",
  "text/*",
  "garbage;;q=x",
  "",
];
const TARGETS = [
  "*",
  "http://evil.example/en",
  "//",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/en/%ff",
  "/api/v1/../../etc",
  `/${"a".repeat(9000)}`,
  "/api/v1/indicators?" + "sort=z,".repeat(2000),
];

function makeRequest(rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const method = pick(METHODS);
  let path;
  const r = rnd();
  if (r < 0.06) path = pick(TARGETS);
  else {
    path = pick(ROUTES);
    if (rnd() < 0.15) path += `/${encodeURIComponent(pick(SEGMENTS))}`;
    const n = Math.floor(rnd() * 5);
    const params = [];
    for (let i = 0; i < n; i++)
      params.push(`${encodeURIComponent(pick(NAMES))}=${encodeURIComponent(pick(VALUES))}`);
    if (params.length > 0) path += `?${params.join("&")}`;
  }
  const headers = {};
  if (rnd() < 0.5) headers.accept = pick(ACCEPTS);
  if (rnd() < 0.2) headers["if-none-match"] = pick(['"abc"', "*", 'W/"x", "y"', "garbage"]);
  if (rnd() < 0.2) headers["accept-language"] = pick(["ko", "zh-CN,zh;q=0.9", "xx", ";;;", "en-US"]);
  if (rnd() < 0.1) headers.origin = "https://other.example";
  if (rnd() < 0.05) headers.range = "bytes=0-10";
  return { method, path, headers };
}

const LEAKS = [
  /\bat [\w.<>]+ \(?[^)\s]*:\d+:\d+\)?/,
  /node_modules/,
  /\/work\//,
  /\.tsx?:\d+/,
  /webpack-internal/,
];

export function send(base, req) {
  return new Promise((resolve) => {
    const url = new URL(base);
    const started = Date.now();
    let settled = false;
    const done = (result) => {
      if (!settled) {
        settled = true;
        resolve({ ...result, ms: Date.now() - started });
      }
    };
    let request;
    try {
      request = http.request({
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: req.headers,
        timeout: 5000,
      });
    } catch (error) {
      done({ skipped: String(error.message) });
      return;
    }
    request.on("response", (res) => {
      const chunks = [];
      let size = 0;
      res.on("data", (c) => {
        size += c.length;
        if (size < 2_000_000) chunks.push(c);
      });
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          type: String(res.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
          size,
        }),
      );
      res.on("error", (e) => done({ error: String(e.message) }));
    });
    request.on("timeout", () => {
      request.destroy();
      done({ error: "timeout" });
    });
    request.on("error", (e) => done({ error: String(e.message) }));
    request.end();
  });
}

/** Runs `count` requests, `concurrency` at a time; returns the failures (empty when all is well). */
export async function fuzz(base, count, seed = Date.now() % 1_000_000, concurrency = 8) {
  const rnd = prng(seed);
  const failures = [];
  const stats = { sent: 0, byStatus: {}, slowest: 0 };
  let next = 0;
  async function worker() {
    while (next < count) {
      next++;
      const req = makeRequest(rnd);
      const res = await send(base, req);
      stats.sent++;
      if (res.skipped) continue;
      const where = `${req.method} ${req.path.slice(0, 120)}`;
      stats.slowest = Math.max(stats.slowest, res.ms);
      if (res.error) {
        failures.push(`${where}: ${res.error}`);
        continue;
      }
      stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
      if (res.status >= 500 && !(res.status === 503 && req.path.startsWith("/api/health")))
        failures.push(`${where}: ${res.status}`);
      if (res.ms > 5000) failures.push(`${where}: answered in ${res.ms} ms`);
      const leak = LEAKS.find((re) => re.test(res.body));
      if (leak) failures.push(`${where}: body shows ${leak}`);
      const api = req.path.startsWith("/api");
      if (
        api &&
        res.status >= 400 &&
        res.status < 500 &&
        req.method !== "HEAD" &&
        res.body !== "" &&
        !res.type.includes("application/problem+json")
      )
        failures.push(`${where}: ${res.status} is ${res.type || "no content type"}, not problem+json`);
      if (res.size > 1_000_000 && res.status >= 400)
        failures.push(`${where}: error body of ${res.size} bytes`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, stats, seed };
}
