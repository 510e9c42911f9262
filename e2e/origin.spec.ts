import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { APIRequestContext, Page } from "@playwright/test";
import { csvRecords } from "../lib/test/parse-csv";
import { CONFIGURED_ORIGIN, ORIGIN_PORT, SPARE_PORT } from "../playwright.config";
import { expect, test } from "./fixtures";

/**
 * Every address the tracker hands out opens where the tracker runs: on a server on an unusual port with
 * nothing configured (the test servers' own port), and on one with SITE_ORIGIN set. Never the framework's
 * default port, never a request's Host header.
 */
const FIGURE = "ad-vehicles-2023-03";
const STYLES = ["apa", "chicago", "gbt7714", "bibtex", "ris"] as const;
const STYLE_LABELS = ["APA", "Chicago", "GB/T 7714", "BibTeX", "RIS"] as const;

/** Absolute addresses in a text (HTML-escaped or not): what a reader could copy and open. */
const addresses = (text: string) =>
  [...text.replaceAll("&amp;", "&").matchAll(/https?:\/\/[^\s"'<>)\]}\\]+/g)].map(
    (m) => m[0].split(/&quot;|&#x27;|&lt;|&gt;/)[0] ?? "",
  );
/** The tracker's own addresses among them (sources' addresses are other sites'). */
const ours = (text: string, origin: string) =>
  addresses(text).filter((a) => /^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(a) || a.startsWith(origin));

/** Every address of the tracker in `text` is on `origin`; returns them. */
function expectOn(text: string, origin: string, what: string): string[] {
  const found = ours(text, origin);
  expect(found.length, `${what} has an address of the tracker`).toBeGreaterThan(0);
  // The origin alone (the page's own settings carry it), or an address on it.
  for (const a of found) expect(a, what).toMatch(new RegExp(`^${origin.replace(/[.:/]/g, "\\$&")}(/|$)`));
  return found;
}

/** Each address opens a page of the tracker (not a 404, not a refused connection). */
async function expectOpen(request: APIRequestContext, urls: Iterable<string>) {
  const pages = new Set([...urls].map((u) => u.replace(/[.,;]$/, "").replace(/#.*$/, "")));
  for (const url of pages) expect((await request.get(url)).status(), url).toBe(200);
}

/** What the server writes by itself: API citations, feeds, page heads and headers, the share image. */
async function expectServerLinks(request: APIRequestContext, base: string, origin: string) {
  const links: string[] = [];
  for (const style of STYLES) {
    const text = await (
      await request.get(`${base}/api/v1/observations/${FIGURE}/citation?style=${style}`)
    ).text();
    links.push(...expectOn(text, origin, `API citation (${style})`));
    expect(text).toContain(`${origin}/en/figures/${FIGURE}`);
  }
  for (const feed of ["/en/feed.xml", "/zh/feed.json", "/ko/directions/application/feed.xml"]) {
    const text = await (await request.get(`${base}${feed}`)).text();
    // Every address in the feed is checked; the feed's own and its first entries' are opened.
    links.push(...expectOn(text, origin, feed).slice(0, 8));
  }
  const page = await request.get(`${base}/en/figures/${FIGURE}`);
  const html = await page.text();
  const head = html.slice(0, html.indexOf("</head>"));
  // Feeds in the page head, the share image, and the embed code and citation printed in the page.
  for (const type of ["application/atom+xml", "application/feed+json"])
    expect(head).toMatch(
      new RegExp(`<link rel="alternate" type="${type.replace("+", "\\+")}"[^>]* href="${origin}/en/feed`),
    );
  const image = /<meta property="og:image" content="([^"]+)"/.exec(head)?.[1] ?? "";
  expect(image.startsWith(`${origin}/en/figures/${FIGURE}/opengraph-image`), image).toBe(true);
  links.push(image.replaceAll("&amp;", "&"));
  links.push(...expectOn(html, origin, "figure page"));
  // Canonical and hreflang alternates, in the Link header.
  const header = page.headers()["link"] ?? "";
  expect(header).toContain(`<${origin}/en/figures/${FIGURE}>; rel="canonical"`);
  for (const l of ["en", "ko", "zh", "x-default"]) expect(header).toContain(`hreflang="${l}"`);
  const alternates = [...header.matchAll(/<([^>]+)>/g)].map((m) => m[1] ?? "");
  for (const a of alternates) expect(a.startsWith(`${origin}/`), a).toBe(true);
  links.push(...alternates);
  // The embed's link back, written on the server too.
  const embed = await (await request.get(`${base}/en/embed/figures/${FIGURE}`)).text();
  expect(embed).toContain(`href="${origin}/en/figures/${FIGURE}"`);
  await expectOpen(request, links);
}

/** What the reader copies and downloads in the browser: the Cite box in five styles, embed code, chart files. */
async function expectBrowserLinks(page: Page, request: APIRequestContext, base: string, origin: string) {
  const links: string[] = [];
  await page.goto(`${base}/en/figures/${FIGURE}`);
  const cite = page.getByTestId("cite");
  for (const [i, label] of STYLE_LABELS.entries()) {
    const text = cite.getByTestId("citation-text");
    // Picked again until the page is interactive (a click before hydration does nothing).
    await expect(async () => {
      await cite.getByText(label, { exact: true }).click();
      await expect(text).toHaveAttribute("data-style", STYLES[i] ?? "", { timeout: 1_000 });
    }).toPass();
    // Written on the server's origin, then in the browser on the page's own when none is configured.
    await expect(text).toContainText(`${origin}/en/figures/${FIGURE}`);
    links.push(...expectOn((await text.textContent()) ?? "", origin, `Cite box (${label})`));
  }
  const box = page.getByTestId("embed-box");
  await expect(async () => {
    await box.getByLabel("The chart of its series").check();
    await expect(box.getByTestId("embed-code")).toHaveValue(
      new RegExp(`src="${origin}/en/embed/indicators/`),
      { timeout: 1_000 },
    );
  }).toPass();
  links.push(...expectOn(await box.getByTestId("embed-code").inputValue(), origin, "embed code"));
  const open = box.getByRole("link", { name: "Open the embed on its own" });
  await expect(open).toHaveAttribute("href", new RegExp(`^${origin}/en/embed/indicators/`));
  links.push((await open.getAttribute("href")) ?? "");

  // A chart's files: the address drawn into the image (PNG and SVG share the drawing), the CSV's pages.
  await page.goto(`${base}/en/directions/application`);
  const bar = page.getByTestId("series-ad-vehicles").getByTestId("chart-downloads");
  await bar.scrollIntoViewIfNeeded();
  const [svgFile] = await Promise.all([
    page.waitForEvent("download"),
    bar.locator('[data-format="svg"]').click(),
  ]);
  const svg = await readFile((await svgFile.path()) ?? "", "utf8");
  expect(svg).toContain(`${origin}/en/directions/application#series`);
  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    bar.locator('[data-format="csv"]').click(),
  ]);
  const rows = csvRecords(await readFile((await csvFile.path()) ?? "", "utf8"));
  const pages = rows.map((r) => r.page ?? "");
  expect(pages.length).toBeGreaterThan(1);
  for (const p of pages) expect(p.startsWith(`${origin}/en/figures/`), p).toBe(true);
  links.push(...pages);
  await expectOpen(request, links);
}

test.describe("with nothing configured, on the test server's unusual port", () => {
  test("the server writes every link on its own address: citations, feeds, heads, share image, alternates", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await expectServerLinks(request, baseURL ?? "", baseURL ?? "");
  });

  test("copies and downloads in the browser use the page's own origin", async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    // Opened as localhost while the server knows itself as 127.0.0.1: the reader's own address wins.
    const asOpened = (baseURL ?? "").replace("127.0.0.1", "localhost");
    await expectBrowserLinks(page, request, asOpened, asOpened);
  });

  test("a Host header steers none of them", async ({ request, baseURL }) => {
    const forged = { host: "evil.example" };
    const cited = await request.get(`/api/v1/observations/${FIGURE}/citation?style=apa`, { headers: forged });
    expect(await cited.text()).toContain(`${baseURL}/en/figures/${FIGURE}`);
    const feed = await request.get("/en/feed.json", { headers: forged });
    expect(await feed.text()).not.toContain("evil.example");
  });
});

test.describe("with SITE_ORIGIN set", () => {
  const base = `http://127.0.0.1:${ORIGIN_PORT}`;

  test("the server writes every link on SITE_ORIGIN, not on the address it was reached at", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    await expectServerLinks(request, base, CONFIGURED_ORIGIN);
  });

  test("copies and downloads in the browser use SITE_ORIGIN too", async ({ page, request }) => {
    test.setTimeout(60_000);
    await expectBrowserLinks(page, request, base, CONFIGURED_ORIGIN);
  });
});

/** Starts `node server.mjs` with this environment; resolves with its exit code and output, or kills it. */
function startServer(env: Record<string, string | undefined>, until: (output: string) => boolean) {
  const child = spawn(process.execPath, ["server.mjs"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_ORIGIN: undefined, HOST: undefined, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise<{ code: number | null; output: string; stop: () => void }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the server neither started nor stopped in time:\n${output}`));
    }, 45_000);
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (until(output)) {
        clearTimeout(timer);
        resolve({ code: null, output, stop: () => child.kill() });
      }
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output, stop: () => undefined });
    });
  });
}

test("a SITE_ORIGIN that is not an absolute http(s) origin stops the server at start, naming the variable", async () => {
  for (const bad of [
    "/en",
    "tracker.example.org",
    "https://tracker.example.org/base?x=1",
    "ftp://x.example",
  ]) {
    const run = await startServer({ SITE_ORIGIN: bad, PORT: String(SPARE_PORT) }, () => false);
    expect(run.code, bad).not.toBe(0);
    expect(run.code, bad).not.toBeNull();
    expect(run.output).toContain("SITE_ORIGIN must be an absolute http(s) origin");
    expect(run.output).toContain(JSON.stringify(bad));
  }
});

test("without SITE_ORIGIN or HOST the server says in one line that links use http://localhost:<PORT>", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const origin = `http://localhost:${SPARE_PORT}`;
  const run = await startServer({ PORT: String(SPARE_PORT) }, (out) => out.includes("Links are written for"));
  try {
    const line = run.output.split("\n").find((l) => l.includes("Links are written for")) ?? "";
    expect(line).toContain(origin);
    expect(line).toContain("SITE_ORIGIN is not set");
    const cited = await request.get(
      `http://127.0.0.1:${SPARE_PORT}/api/v1/observations/${FIGURE}/citation?style=chicago`,
    );
    expect(await cited.text()).toContain(`${origin}/en/figures/${FIGURE}`);
    expect((await request.get(`${origin}/en/figures/${FIGURE}`)).status()).toBe(200);
  } finally {
    run.stop();
  }
});
