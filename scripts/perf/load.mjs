// A bounded load test: 50 connections against the main pages and API routes, a few seconds each, asking
// as browsers do (Accept-Encoding: gzip, deflate, br). Fails on any error, timeout or non-2xx answer.
// Prints requests/s and latency per route for the README.
//   npm run load -- [baseUrl] [secondsPerRoute]     (without baseUrl it starts the built server itself)
import { startServer } from "../start-server.mjs";
import autocannon from "autocannon";

const ROUTES = [
  "/en",
  "/zh/directions/application",
  "/en/tables/indicators",
  "/ko/sources",
  "/en/method",
  "/api/v1/indicators",
  "/api/v1/observations?district=bda&sort=-value",
  "/api/v1/targets?format=csv",
  "/api/v1/meta",
  "/api/health",
];

const given = process.argv[2];
const seconds = Number(process.argv[3] ?? 5);
const server = given ? null : await startServer({ port: 3196 });
const base = given ?? server.base;
const rows = [];
let failed = false;
for (const route of ROUTES) {
  // Warm the caches first, as a running service would be.
  await fetch(`${base}${route}`).catch(() => undefined);
  const result = await autocannon({
    url: `${base}${route}`,
    connections: 50,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": "gzip, deflate, br" },
  });
  const bad = result.errors + result.timeouts + result.non2xx;
  if (bad > 0) failed = true;
  rows.push({
    route,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    requests: result.requests.total,
    "errors+non-2xx": bad,
  });
}
server?.stop();
console.table(rows);
if (failed) {
  console.error("Some requests failed (errors, timeouts or non-2xx): see the last column.");
  process.exit(1);
}
console.log(`All ${rows.reduce((n, r) => n + r.requests, 0)} requests answered 2xx.`);
