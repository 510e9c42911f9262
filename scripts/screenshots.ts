/**
 * Screenshots of the running app in each language, light and dark, phone and desktop width:
 *   npx tsx scripts/screenshots.ts [baseUrl] [outDir] [paths…]
 * Uses Debian's chromium when present. Output goes to screenshots/tmp (not committed).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "screenshots/tmp";
const paths = process.argv.slice(4).length > 0 ? process.argv.slice(4) : ["", "/directions/application"];

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  for (const locale of ["en", "ko", "zh"]) {
    for (const scheme of ["light", "dark"] as const) {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        for (const p of paths) {
          await page.goto(`${base}/${locale}${p}`, { waitUntil: "networkidle" });
          const name = `${locale}${p.replace(/[/?=&]+/g, "_") || "_overview"}-${scheme}-${width}.png`;
          await page.screenshot({ path: path.join(out, name), fullPage: true });
          console.log(name);
          // Phone pages are long: also save screen-sized parts, which are legible when viewed.
          if (width < 600) {
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            for (let y = 0, i = 1; y < height && i <= 8; y += 900, i++) {
              await page.screenshot({
                path: path.join(out, name.replace(".png", `-part${i}.png`)),
                clip: { x: 0, y, width, height: Math.min(900, height - y) },
                fullPage: true,
              });
            }
          }
        }
        await context.close();
      }
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
