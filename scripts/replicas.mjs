// Two replicas, one data directory: shows that a data update reaches every replica on its own.
//   npm run replicas          (needs a build: npm run build)
// Copies data/ to a scratch directory, starts two servers from the one build on two ports with that
// DATA_DIR, checks both serve the same dataset version, edits one data file (a measure's English title),
// and waits until both replicas answer with the new version, in the API and in the page.
// Exits 1 if either replica has not picked the change up within 15 seconds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "./start-server.mjs";

const PORTS = [3301, 3302];
const dir = mkdtempSync(path.join(tmpdir(), "bjai-replicas-"));
cpSync("data", dir, { recursive: true });

const servers = [];
const stop = (code) => {
  for (const server of servers) server.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
process.on("SIGINT", () => stop(130));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const meta = async (port) => (await fetch(`http://127.0.0.1:${port}/api/v1/meta`)).json();
const page = async (port) => (await fetch(`http://127.0.0.1:${port}/en/tables/measures`)).text();

try {
  for (const port of PORTS)
    servers.push(await startServer({ port, env: { DATA_DIR: dir, REFRESH_INTERVAL_SECONDS: "2" } }));
} catch (error) {
  console.error(`A replica did not start: ${error instanceof Error ? error.message : error}`);
  stop(1);
}
const before = await Promise.all(PORTS.map(meta));
for (const [i, m] of before.entries()) console.log(`replica :${PORTS[i]} serves dataset ${m.version}`);
await Promise.all(PORTS.map(page)); // both have the page in their cache now

const file = path.join(dir, "measures.json");
const measures = JSON.parse(readFileSync(file, "utf8"));
const marker = `Replica check ${Date.now()}`;
measures[0].title.en = marker;
writeFileSync(file, JSON.stringify(measures, null, 2));
const changedAt = Date.now();
console.log(`changed ${file}: the first measure's English title is now "${marker}"`);

const seen = new Map();
while (seen.size < PORTS.length && Date.now() - changedAt < 15_000) {
  await sleep(250);
  for (const port of PORTS) {
    if (seen.has(port)) continue;
    const [m, html] = await Promise.all([meta(port), page(port)]);
    if (m.version !== before[0].version && html.includes(marker)) {
      seen.set(port, Date.now() - changedAt);
      console.log(
        `replica :${port} serves dataset ${m.version} and the new title after ${seen.get(port)} ms`,
      );
    }
  }
}
if (seen.size < PORTS.length) {
  console.error("Not every replica picked up the change within 15 s.");
  stop(1);
}
console.log("Both replicas serve the new version.");
stop(0);
