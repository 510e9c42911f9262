// npm run perf -- [tracker=http://127.0.0.1:3000] [--compare=<url>]… [--pages=/en,/en/method]
//                 [--rounds=3] [--seconds=10] [--floor-port=3197]
// How fast the tracker is where a reader feels it, as ratios to the framework's floor. It measures a
// tracker that is already running; next to it, it builds and starts a bare Next.js page of the same
// versions (floor.mts). In each of --rounds interleaved rounds, Lighthouse (mobile) runs once on every
// tracker page, the floor and each --compare page (the first is "the template" of issue 22's targets);
// the tables show medians, each page's TBT ÷ the floor's and performance − the floor's. Then autocannon
// (50 connections) on /en, /api/v1/indicators, the floor and each --compare page, with a browser's
// Accept-Encoding and with none, and on /en's bytes from a bare server (the ceiling). Last, issue 22's
// targets, each ok or not ok. The tools come from scripts/perf/package.json (installed on first use).
import type { ChildProcess } from "node:child_process";
import { startFloor } from "./floor.mts";
import { audit, launchChromium } from "./lighthouse.mts";
import {
  againstFloor,
  checkTable,
  checkTargets,
  medianAudits,
  medianLoads,
  table,
  type Audit,
  type Load,
} from "./report.ts";
import { ceilingServer, ENCODINGS, load } from "./throughput.mts";

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = (args.find((a) => !a.startsWith("--")) ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const compare = args.filter((a) => a.startsWith("--compare=")).map((a) => a.slice("--compare=".length));
const rounds = Number(option("rounds") ?? 3);
const seconds = Number(option("seconds") ?? process.env.PERF_SECONDS ?? 10);
const floorPort = Number(option("floor-port") ?? 3197);
const trackerPages =
  option("pages")?.split(",") ??
  ["", "/directions/application", "/tables/indicators", "/sources", "/method"].flatMap((p) =>
    ["en", "zh"].map((l) => `/${l}${p}`),
  );
/** The pages whose targets are ratios to the floor, and the routes whose targets compare with the template. */
const RATIO_PAGES = ["/en", "/en/tables/indicators"];
const LOAD_ROUTES = ["/en", "/api/v1/indicators"];
const BROWSER = "gzip, deflate, br";

const health = await fetch(`${base}/api/health`).catch(() => null);
if (!health?.ok) {
  console.error(`No tracker answers at ${base} (start one: npm run build && npm start).`);
  process.exit(1);
}

const floor = await startFloor(floorPort);
const FLOOR = `floor (bare Next.js ${floor.versions.next})`;
const template = compare[0] ?? null;
/** Every page Lighthouse measures: [name in the tables, address]. */
const pages: Array<[string, string]> = [
  ...trackerPages.map((p): [string, string] => [p, `${base}${p}`]),
  [FLOOR, floor.url],
  ...compare.map((url): [string, string] => [url, url]),
];
let chrome: { port: number; kill: () => void; process?: ChildProcess } | null = null;
try {
  chrome = await launchChromium();
  const runs: Audit[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const [name, url] of pages) {
      await fetch(url).catch(() => undefined); // the cache is warm, as for a reader after the first
      const run = await audit(url, name, chrome.port);
      console.log(`round ${round}/${rounds}: ${name} perf ${run.perf} TBT ${run.tbtMs} ms`);
      runs.push(run);
    }
  }
  chrome.kill();
  chrome = null;
  const audits = medianAudits(runs);
  console.log(`\nLighthouse, mobile (simulated slow 4G, 4× CPU slowdown), median of ${rounds} rounds:\n`);
  console.log(
    table(
      againstFloor(audits, FLOOR).map((a) => ({
        page: a.page,
        perf: a.perf.toFixed(2),
        a11y: a.a11y.toFixed(2),
        "best pr.": a.bestPractices.toFixed(2),
        "TBT ms": Math.round(a.tbtMs),
        "TBT ÷ floor": a.tbtRatio.toFixed(1),
        "perf − floor": `${a.perfDelta >= 0 ? "+" : ""}${a.perfDelta.toFixed(2)}`,
        "LCP ms": Math.round(a.lcpMs),
        "script KB (wire)": a.scriptKB.toFixed(1),
        "HTML KB (wire)": a.htmlWireKB.toFixed(1),
        "HTML KB": a.htmlKB.toFixed(1),
      })),
    ),
  );

  const loadRuns: Load[] = [];
  const routes: Array<[string, string]> = [
    ...LOAD_ROUTES.map((r): [string, string] => [r, `${base}${r}`]),
    [FLOOR, floor.url],
    ...compare.map((url): [string, string] => [url, url]),
  ];
  for (let round = 1; round <= rounds; round++) {
    for (const [route, url] of routes)
      for (const encoding of Object.keys(ENCODINGS)) loadRuns.push(await load(url, route, encoding, seconds));
    for (const encoding of Object.keys(ENCODINGS)) {
      const ceiling = await ceilingServer(`${base}/en`, encoding);
      try {
        const name = `/en's bytes from a bare server (ceiling)`;
        loadRuns.push(await load(ceiling.url, name, encoding, seconds));
      } finally {
        ceiling.stop();
      }
    }
    console.log(`throughput round ${round}/${rounds} done`);
  }
  const loads = medianLoads(loadRuns);
  console.log(`\nThroughput: 50 connections, ${seconds} s per run, median of ${rounds} rounds:\n`);
  console.log(
    table(
      loads.map((l) => ({
        route: l.route,
        "Accept-Encoding": l.encoding,
        "req/s": Math.round(l.rps),
        "p50 ms": l.p50Ms,
        "p99 ms": l.p99Ms,
        "errors+non-2xx": l.failed,
      })),
    ),
  );

  const checks = checkTargets({
    audits,
    loads,
    floorPage: FLOOR,
    ratioPages: RATIO_PAGES.filter((p) => trackerPages.includes(p)),
    loadRoutes: LOAD_ROUTES,
    browserEncoding: BROWSER,
    template,
    scriptPage: "/en",
  });
  console.log(
    `\nIssue 22's targets${template ? ` (template: ${template})` : " (no --compare template given)"}:\n`,
  );
  console.log(checkTable(checks));
} finally {
  chrome?.kill();
  floor.stop();
}
