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
/** Only these languages, schemes and widths when set, e.g. LOCALES=en SCHEMES=light WIDTHS=360. */
const only = (name: string, all: string[]) => process.env[name]?.split(",") ?? all;

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  for (const locale of only("LOCALES", ["en", "ko", "zh"])) {
    for (const scheme of only("SCHEMES", ["light", "dark"]) as ("light" | "dark")[]) {
      for (const width of only("WIDTHS", ["360", "1280"]).map(Number)) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        for (const p of paths) {
          await page.goto(`${base}/${locale}${p}`, { waitUntil: "networkidle" });
          // Charts are drawn as they come near the viewport: pass over the whole page first.
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 600) {
              window.scrollTo(0, y);
              await new Promise((r) => setTimeout(r, 50));
            }
            window.scrollTo(0, 0);
          });
          await page.waitForLoadState("networkidle");
          // Every chart has its drawing (they load as they come near the viewport).
          await page
            .waitForFunction(
              () =>
                [...document.querySelectorAll('[role="img"][data-indicator]')].every((c) =>
                  c.querySelector(".chart-drawing"),
                ),
              undefined,
              { timeout: 5_000 },
            )
            .catch(() => console.warn("some charts were not drawn within 5 s"));
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
