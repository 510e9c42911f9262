import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

const FIGURE = "core-ai-firms-2022-10";

/** A page on another origin (another port) that frames what it is given. */
async function hostPage(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><body><h1>Someone else's article</h1>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

test("the Embed control gives iframe code that renders on another site, light or dark; other pages refuse framing", async ({
  page,
  baseURL,
  request,
}) => {
  // A series with several figures offers its chart too.
  await page.goto("/en/figures/ad-vehicles-2023-03");
  const seriesBox = page.getByTestId("embed-box");
  await seriesBox.getByLabel("The chart of its series").check();
  await seriesBox.getByLabel("Dark").check();
  const chartCode = await seriesBox.getByTestId("embed-code").inputValue();
  expect(chartCode).toMatch(
    /^<iframe src="[^"]+\/en\/embed\/indicators\/ad-vehicles\?theme=dark" title="[^"]+" width="100%" height="460"/,
  );
  // A figure alone in its series offers only itself (a one-point chart says nothing more).
  await page.goto(`/en/figures/${FIGURE}`);
  const box = page.getByTestId("embed-box");
  await expect(box.getByLabel("The chart of its series")).toHaveCount(0);
  await box.getByLabel("Light").check();
  const code = await box.getByTestId("embed-code").inputValue();
  expect(code).toContain(`/en/embed/figures/${FIGURE}?theme=light`);

  // The code as given, pointed at this server, on a page of another origin.
  const src = (s: string) => s.replace(/src="https?:\/\/[^/]+/, `src="${baseURL}`);
  const host = await hostPage(src(code) + src(chartCode));
  try {
    await page.goto(host.url);
    const figure = page.frameLocator("iframe").first();
    await expect(figure.getByTestId("embed-value")).toHaveText("1,048 firms");
    await expect(figure.getByTestId("embed-back")).toHaveAttribute(
      "href",
      new RegExp(`/en/figures/${FIGURE}$`),
    );
    await expect(figure.locator("nav")).toHaveCount(0);
    await expect(figure.locator("html")).not.toHaveClass(/dark/);
    const chart = page.frameLocator("iframe").nth(1);
    await expect(chart.getByTestId("embed-indicator")).toBeVisible();
    await expect(chart.locator("html")).toHaveClass(/dark/);
    await expect(chart.locator("svg").first()).toBeVisible();
    // The chart's date says what it is: the date of its latest figure.
    await expect(chart.getByTestId("embed-as-of")).toHaveText(/^As of \S.*\d{4}$/);
  } finally {
    host.server.close();
  }

  const embed = await request.get(`/en/embed/figures/${FIGURE}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const site = await request.get(`/en/figures/${FIGURE}`);
  expect(site.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(site.headers()["x-frame-options"]).toBe("DENY");
  expect((await request.get("/en/embed/figures/nope-404")).status()).toBe(404);
});

test("every link inside an embed opens outside its frame, in a new tab, leaving the host page where it is", async ({
  page,
  context,
  baseURL,
}) => {
  for (const path of [`/en/embed/figures/${FIGURE}`, "/zh/embed/indicators/ad-vehicles"]) {
    await page.goto(path);
    const links = await page.locator("a[href]").all();
    // The link back, the sources and (in a chart) the numbers' figure and source links.
    expect(links.length, path).toBeGreaterThan(path.includes("indicators") ? 3 : 1);
    for (const link of links) {
      await expect(link, path).toHaveAttribute("target", "_blank");
      await expect(link, path).toHaveAttribute("rel", /\bnoopener\b/);
    }
  }
  const host = await hostPage(
    `<iframe src="${baseURL}/en/embed/indicators/ad-vehicles" title="chart" width="700" height="460"></iframe>`,
  );
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    const source = frame.locator("[data-source-id]").filter({ visible: true }).first();
    await expect(source).toBeVisible();
    const [opened] = await Promise.all([context.waitForEvent("page"), source.click()]);
    await expect(opened).toHaveURL(/\/en\/sources#source-/);
    // The host page and the embed in it are as they were.
    await expect(page).toHaveURL(host.url);
    await expect(frame.getByTestId("embed-indicator")).toBeVisible();
    await opened.close();
  } finally {
    host.server.close();
  }
});
