// Two replicas, one data directory: shows that a data update reaches every replica on its own.
//   npm run replicas          (needs a build: npm run build)
// Copies data/ to a scratch directory, starts two servers from the one build on two ports with that
// DATA_DIR, checks both serve the same dataset version, edits one data file (a measure's English title),
// and waits until both replicas answer with the new version, in the API and in the prerendered page.
// Exits 1 if either replica has not picked the change up within 15 seconds.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PORTS = [3301, 3302];
const dir = mkdtempSync(path.join(tmpdir(), "bjai-replicas-"));
cpSync("data", dir, { recursive: true });

const children = PORTS.map((port) =>
  spawn("node", ["server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      REFRESH_INTERVAL_SECONDS: "2",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  }),
);
const stop = (code) => {
  for (const c of children) c.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
process.on("SIGINT", () => stop(130));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const meta = async (port) => (await fetch(`http://127.0.0.1:${port}/api/v1/meta`)).json();
const page = async (port) => (await fetch(`http://127.0.0.1:${port}/en/tables/measures`)).text();

async function waitUp(port) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  console.error(`The replica on port ${port} did not start (is there a build? npm run build).`);
  stop(1);
}

await Promise.all(PORTS.map(waitUp));
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
