import { expect, test } from "./fixtures";

const PAGES = [
  "",
  "/directions/innovation",
  "/directions/foundations",
  "/directions/application",
  "/directions/governance",
  "/directions/talent",
  "/sources",
];

for (const locale of ["en", "ko", "zh"] as const) {
  test(`every page renders in ${locale} with no missing text`, async ({ page }) => {
    for (const path of PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const text = await page.locator("body").innerText();
      // next-intl prints the key path when a message is missing, e.g. "overview.title".
      expect(text, `${locale}${path}`).not.toMatch(
        /\b(layout|overview|direction|directions|sources|kpi|figure|units|status|confidence|measures|entities|filters|charts|progress|method|table|tables|columns|notices|live)\.[a-zA-Z-]+/,
      );
    }
  });
}

test("numbers and units follow the language", async ({ page }) => {
  await page.goto("/ko");
  await expect(page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-value")).toHaveText("1,048");
  await expect(page.getByTestId("kpi-ai-firms-rank").getByTestId("kpi-value")).toHaveText("1위");
  await page.goto("/zh");
  await expect(page.getByTestId("kpi-ai-firms-rank").getByTestId("kpi-value")).toHaveText("第1名");
  await expect(page.getByTestId("kpi-core-ai-firms")).toContainText("家");
});

test("the root redirects by Accept-Language, English by default", async ({ browser }) => {
  const ko = await browser.newContext({
    locale: "ko-KR",
    extraHTTPHeaders: { "Accept-Language": "ko-KR,ko;q=0.9" },
  });
  const pageKo = await ko.newPage();
  await pageKo.goto("/");
  await expect(pageKo).toHaveURL(/\/ko$/);
  await ko.close();
  const other = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const pageOther = await other.newPage();
  await pageOther.goto("/");
  await expect(pageOther).toHaveURL(/\/en$/);
  await other.close();
});

test("the language switcher keeps the page", async ({ page }) => {
  await page.goto("/en/directions/talent");
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/directions\/talent$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
});
