// npm run perf:tasks -- <url> [<url>…] [--rounds=5]
//
// The main thread's long tasks while each page loads in Chromium (a phone's viewport, CPU slowed 4×, as
// Lighthouse's mobile run): per page, the median over --rounds interleaved rounds of the blocking time (each
// long task's time over 50 ms, summed) and of the longest task. Lighthouse's TBT is simulated from one trace
// and varies a lot between runs on this machine; these are observed, so two builds compare more steadily.
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.ts";
import { median } from "./report.ts";

const args = process.argv.slice(2);
const urls = args.filter((a) => !a.startsWith("--"));
const rounds = Number(args.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 5);
if (urls.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npm run perf:tasks -- <url> [<url>…] [--rounds=5]");
  process.exit(2);
}

declare global {
  interface Window {
    /** Each long task's start and duration, in ms: long tasks are only seen by an observer. */
    longTasks: [number, number][];
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const seen = urls.map((url) => ({ url, blocking: [] as number[], longest: [] as number[] }));
for (let round = 0; round < rounds; round++) {
  for (const entry of seen) {
    const { url } = entry;
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url, { waitUntil: "load" });
    // Quiet for a second: no long task has ended in the last 1,000 ms (hydration and charts are done).
    await page.waitForFunction(
      () => {
        const last = window.longTasks.at(-1);
        return performance.now() - (last ? last[0] + last[1] : 0) > 1000;
      },
      undefined,
      { polling: 200, timeout: 60_000 },
    );
    const tasks = (await page.evaluate(() => window.longTasks)).map(([, duration]) => duration);
    entry.blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
    entry.longest.push(Math.max(0, ...tasks));
    await context.close();
  }
}
await browser.close();

console.log(`Long tasks while loading (4× CPU slowdown, 412 px), median of ${rounds} rounds:\n`);
console.log(`${"page".padEnd(50)}  blocking ms  longest ms  blocking per round`);
for (const { url, blocking, longest } of seen)
  console.log(
    `${url.padEnd(50)}  ${String(Math.round(median(blocking))).padStart(11)}  ${String(Math.round(median(longest))).padStart(10)}  ${blocking.map(Math.round).join(", ")}`,
  );
