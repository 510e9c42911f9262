import { expect, test } from "./fixtures";

// Internal notes of the data team, and English phrases that would mean a page was not translated.
const INTERNAL = [/fact sheet/i, /not recorded in the project/i, /Outlet not recorded/i, /\bTODO\b/];

for (const locale of ["ko", "zh"] as const) {
  test(`${locale} pages carry no internal notes and no untranslated English labels`, async ({ page }) => {
    for (const path of [
      "",
      "/sources",
      "/documents",
      "/compare",
      "/directions/governance",
      "/directions/talent",
    ]) {
      await page.goto(`/${locale}${path}`);
      const text = (await page.locator("main").innerText()).replace(/https?:\/\/\S+/g, "");
      for (const re of INTERNAL) expect(text, `${locale}${path}`).not.toMatch(re);
      for (const phrase of [
        "title not recorded",
        "date not recorded",
        "Not broken down",
        "No sourced figures",
      ])
        expect(text, `${locale}${path}`).not.toContain(phrase);
    }
  });
}

test("a source without a recorded title or date says so, and never shows an invented one", async ({
  page,
}) => {
  await page.goto("/en/sources");
  // The Beijing government's Korean portal page of 2024-12-18: its title was not visible (addendum §9).
  const card = page.locator("#source-beijing-gov-ko-2024-12-18");
  await expect(card.getByTestId("title-not-recorded")).toHaveText("title not recorded");
  await expect(card).toContainText("Dec 18, 2024");
  // The China Youth Daily original behind the mbsjl.cn reprint is cited as the original.
  const youth = page.locator("#source-china-youth-daily-2024-07-26");
  await expect(youth).toContainText("China Youth Daily");
  await expect(youth.locator('a[href*="news.youth.cn"]')).toBeVisible();
  await expect(youth.locator('a[href*="mbsjl.cn"]')).toBeVisible();
});

test("the governance and talent directions list sourced indicators, measures and bodies", async ({
  page,
}) => {
  await page.goto("/en/directions/governance");
  const cards = page.locator('[data-testid^="kpi-"][data-value]');
  expect(await cards.count()).toBeGreaterThan(3);
  await expect(page.getByTestId("measure-list")).toContainText("Beijing AI Principles");
  // Every card names its source.
  for (const card of await cards.all()) await expect(card.locator("[data-source-id]").first()).toBeVisible();
  await page.goto("/en/directions/talent");
  expect(await page.locator('[data-testid^="kpi-"][data-value]').count()).toBeGreaterThan(0);
});

test("policy documents are records of their own, linked both ways with targets", async ({
  page,
  request,
}) => {
  await page.goto("/en/documents");
  const doc = page.getByTestId("document-innovation-source-plan-2023-2025");
  await expect(doc).toContainText("京政发〔2023〕14号");
  await expect(doc).toContainText("北京市加快建设具有全球影响力的人工智能创新策源地实施方案（2023-2025年）");
  await expect(doc).toContainText("May 30, 2023");
  await expect(doc.getByRole("link", { name: "Core AI industry reaches 300 bn yuan by 2025" })).toBeVisible();
  // And back: the target names its document.
  await page.goto("/en/directions/foundations");
  await expect(page.locator("#target-core-output-2025").getByTestId("document-link")).toContainText(
    "京政发〔2023〕14号",
  );
  const api = await (await request.get("/api/v1/documents?limit=100")).json();
  const row = api.data.find((d: { id: string }) => d.id === "innovation-source-plan-2023-2025");
  expect(row).toMatchObject({ number: "京政发〔2023〕14号", published: "2023-05-30" });
  expect(row.targets).toBeGreaterThan(0);
});

test("other cities stand beside Beijing with their own definitions, ranked only on a shared definition", async ({
  page,
  request,
}) => {
  await page.goto("/en/compare");
  const enterprises = page.getByTestId("compare-enterprise");
  await expect(enterprises).toContainText("Shanghai");
  await expect(enterprises).toContainText("Beijing");
  await expect(enterprises.getByTestId("ranking-note")).toHaveText(/not ranked|none is ranked/i);
  await expect(enterprises.getByTestId("ranked")).toHaveCount(0);
  const cities = await (await request.get("/api/v1/cities?limit=100")).json();
  expect(cities.total).toBeGreaterThan(0);
  for (const c of cities.data) expect(["Shanghai", "Shenzhen", "Hangzhou"]).toContain(c.city);
});
