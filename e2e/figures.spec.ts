import { expect, test } from "./fixtures";

const ID = "core-ai-firms-2022-10";

test("a KPI card leads to its figure's page, which shows the figure, its source and its series", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-figure-link").click();
  await expect(page).toHaveURL(new RegExp(`/en/figures/${ID}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Core AI enterprises: 1,048 firms");
  await expect(page.getByTestId("figure-value")).toHaveText("1,048 firms");
  await expect(page.getByTestId("figure-facts")).toContainText("High confidence");
  await expect(page.getByTestId("figure-source-title")).not.toBeEmpty();
  await expect(page.getByTestId("figure-series").locator('tr[aria-current="true"]')).toContainText("1,048");
  // Other figures of the same source lead to their own pages.
  await page
    .getByTestId("figure-same-source")
    .getByRole("link", { name: /Share of China's AI enterprises/ })
    .click();
  await expect(page).toHaveURL(/\/en\/figures\/national-share-2022-10$/);
  await expect(page.getByTestId("figure-value")).toHaveText("29%");
});

test("an observation row and a chart's numbers lead to figure pages; an unknown figure is a 404", async ({
  page,
  request,
}) => {
  await page.goto("/en/tables/observations?q=Core%20AI%20enterprises");
  await page.locator("tbody tr[data-index]").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/en\/figures\/[a-z0-9-]+$/);
  await expect(page.getByTestId("figure-page")).toBeVisible();
  await page.goto("/en/directions/application");
  const numbers = page.getByTestId("numbers").first();
  await numbers.scrollIntoViewIfNeeded();
  await numbers.locator("summary").click();
  const first = numbers.locator("tbody tr").first();
  const id = await first.getAttribute("data-observation");
  await first.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/en/figures/${id}$`));
  expect((await request.get("/en/figures/no-such-figure")).status()).toBe(404);
  expect((await request.get("/en/figures/Not%20an%20id")).status()).toBe(404);
});

test("copying a BibTeX citation puts the entry for this figure on the clipboard", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/en/figures/${ID}`);
  const cite = page.getByTestId("cite");
  await cite.getByText("BibTeX", { exact: true }).click();
  await expect(cite.getByTestId("citation-text")).toHaveAttribute("data-style", "bibtex");
  await cite.getByRole("button", { name: "Copy" }).click();
  await expect(cite.getByRole("status")).toHaveText("Copied to the clipboard");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n")[0]).toBe(`@misc{bjaitracker-${ID},`);
  expect(copied).toContain(`/en/figures/${ID}}`);
  expect(copied).toContain("title = {{Core AI enterprises: 1,048 firms");
  // The access date is the reader's today.
  const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
  expect(copied).toContain(`urldate = {${today}}`);
});

test("the citation API gives the page's text in each style, and refuses what it does not know", async ({
  request,
  page,
}) => {
  const bib = await request.get(`/api/v1/observations/${ID}/citation?style=bibtex`);
  expect(bib.status()).toBe(200);
  expect(bib.headers()["content-type"]).toContain("application/x-bibtex");
  await page.goto(`/en/figures/${ID}`);
  await page.getByTestId("cite").getByText("BibTeX", { exact: true }).click();
  expect(await page.getByTestId("citation-text").textContent()).toBe(await bib.text());
  const zh = await request.get(`/api/v1/observations/${ID}/citation?style=gbt7714&locale=zh`);
  expect(await zh.text()).toContain("[DB/OL]");
  expect(await zh.text()).toContain("北京人工智能政策追踪");
  for (const [url, status] of [
    [`/api/v1/observations/${ID}/citation?style=mla`, 400],
    [`/api/v1/observations/${ID}/citation?colour=red`, 400],
    ["/api/v1/observations/no-such-figure/citation", 404],
    [`/api/v1/indicators/core-ai-firms/citation`, 404],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(response.headers()["content-type"], url).toContain("application/problem+json");
  }
});

test("a KPI card's Cite gives the same BibTeX citation, copied in one click", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en");
  const card = page.getByTestId("kpi-core-ai-firms");
  await card.getByTestId("kpi-cite").getByRole("button", { name: "Cite" }).click();
  const box = card.getByTestId("kpi-cite-box");
  await box.getByText("BibTeX", { exact: true }).click();
  await box.getByRole("button", { name: "Copy" }).click();
  await expect(box.getByRole("status")).toHaveText("Copied to the clipboard");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n")[0]).toBe(`@misc{bjaitracker-${ID},`);
  expect(copied).toContain("title = {{Core AI enterprises: 1,048 firms");
  expect(copied).toContain(`/en/figures/${ID}}`);
  // Escape closes it and gives the button its focus back.
  await page.keyboard.press("Escape");
  await expect(box).toHaveCount(0);
});

test("a figure page has its own share image, per language, with CJK text drawn", async ({
  page,
  request,
}) => {
  const sizes: number[] = [];
  for (const locale of ["en", "zh"]) {
    await page.goto(`/${locale}/figures/${ID}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`/${locale}/figures/${ID}/opengraph-image`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const res = await request.get(new URL(image ?? "").pathname + new URL(image ?? "").search);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = await res.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    sizes.push(png.length);
  }
  // Different text, different picture: the Chinese one is not the English one.
  expect(sizes[0]).not.toBe(sizes[1]);
});

test("a white-paper figure's citation names the white paper, then the reports a reader can open", async ({
  request,
}) => {
  for (const style of ["apa", "chicago", "gbt7714", "bibtex", "ris"]) {
    const text = await (await request.get(`/api/v1/observations/${ID}/citation?style=${style}`)).text();
    const original = text.indexOf("2022年北京人工智能产业发展白皮书");
    const reported = text.indexOf("As reported by:");
    expect(original, style).toBeGreaterThan(0);
    expect(reported, style).toBeGreaterThan(original);
    // CRI's report opens, so it is named first among the reports.
    expect(text.indexOf("https://taiwan.cri.cn/"), style).toBeGreaterThan(reported);
  }
});
