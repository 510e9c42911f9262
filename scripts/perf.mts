// How fast the tracker is where a reader feels it, measured against a server that is already running
// (it builds and starts nothing):
//   npm run perf -- [baseUrl=http://127.0.0.1:3000] [--compare=<url of another page, e.g. a template's>]…
// For the overview, a direction page, a table page, sources and method in en and zh it reports Lighthouse
// (mobile, simulated throttling) performance / accessibility / best practices, total blocking time, the
// script bytes over the wire and the HTML bytes; then requests/s and p99 at 50 connections for /en and
// /api/v1/indicators. Chromium is found as in the browser tests.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

const args = process.argv.slice(2);
const base = (args.find((a) => !a.startsWith("--")) ?? "http://127.0.0.1:3000").replace(/\/$/, "");
/** Other sites' pages measured in the same run, side by side (each --compare=<url> adds one). */
const compare = args.filter((a) => a.startsWith("--compare=")).map((a) => a.slice("--compare=".length));
const loadSeconds = Number(process.env.PERF_SECONDS ?? 30);

const PAGES = ["", "/directions/application", "/tables/indicators", "/sources", "/method"].flatMap((p) =>
  ["en", "zh"].map((l) => `${base}/${l}${p}`),
);
const LOADED = [`${base}/en`, `${base}/api/v1/indicators`];
for (const url of compare) {
  PAGES.push(url);
  LOADED.push(url);
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

async function audit(url: string, port: number) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const requests = ((audits["network-requests"]?.details as { items?: NetworkItem[] })?.items ??
    []) as NetworkItem[];
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const html = requests.find((r) => r.resourceType === "Document");
  const failedAudits = [...Object.values(categories)].flatMap((c) =>
    c.auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c.id}:${ref.id}`),
  );
  return {
    page: url.replace(base, ""),
    perf: categories.performance?.score,
    a11y: categories.accessibility?.score,
    "best pr.": categories["best-practices"]?.score,
    "TBT ms": Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
    "LCP ms": Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
    "script KB (wire)": kb(scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0)),
    "HTML KB (wire)": kb(html?.transferSize ?? 0),
    "HTML KB": kb(html?.resourceSize ?? 0),
    below: failedAudits.slice(0, 4).join(" "),
  };
}

async function load(url: string) {
  await fetch(url).catch(() => undefined); // warm, as a running service would be
  const r = await autocannon({ url, connections: 50, duration: loadSeconds, timeout: 10 });
  return {
    route: url.replace(base, ""),
    "req/s": Math.round(r.requests.average),
    "p50 ms": r.latency.p50,
    "p99 ms": r.latency.p99,
    "errors+non-2xx": r.errors + r.timeouts + r.non2xx,
  };
}

const health = await fetch(`${base}/api/health`).catch(() => null);
if (!health?.ok) {
  console.error(`No tracker answers at ${base} (start one: npm run build && npm start).`);
  process.exit(1);
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH ?? chromium.executablePath(),
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
const pages = [];
try {
  for (const url of PAGES) {
    await fetch(url).catch(() => undefined); // the cache is warm, as for a reader after the first
    pages.push(await audit(url, chrome.port));
  }
} finally {
  await chrome.kill();
}
console.log("\nLighthouse, mobile (simulated slow 4G, 4x CPU slowdown):");
console.table(pages);

/**
 * The same bytes as /en, sent from memory by a bare Node server in another process: how many requests per
 * second this machine's loopback and load generator allow for a page of that size, whatever the app does.
 */
async function ceiling(url: string) {
  const html = await (await fetch(url)).text();
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const parts = [];
       process.stdin.on("data", (c) => parts.push(c)).on("end", () => {
         const b = Buffer.concat(parts);
         require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": b.length }); s.end(b); })
           .listen(0, "127.0.0.1", function () { console.log(this.address().port); });
       });`,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  child.stdin.end(html);
  try {
    const [chunk] = (await once(child.stdout, "data")) as [Buffer];
    const row = await load(`http://127.0.0.1:${chunk.toString().trim()}/`);
    return { ...row, route: `/en's bytes (${kb(Buffer.byteLength(html))} KB) from a bare server` };
  } finally {
    child.kill();
  }
}

const loaded = [];
for (const url of LOADED) loaded.push(await load(url));
loaded.push(await ceiling(`${base}/en`));
console.log(`\nLoad: 50 connections, ${loadSeconds} s each, uncompressed:`);
console.table(loaded);
