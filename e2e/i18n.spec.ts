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

test("an English page draws the switcher's Korean and Chinese names without any CJK font", async ({
  page,
}) => {
  // Drawn as text, the two names made Chromium look up a fallback font per language on every first layout.
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Language" });
  await expect(nav.getByRole("link", { name: "한국어" })).toHaveAttribute("lang", "ko");
  await expect(nav.getByRole("link", { name: "中文" })).toHaveAttribute("lang", "zh");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  // The fonts that drew glyphs of each link's text: English in the page's font, the other two in none.
  // Asked again until the links hold still: hydration replaces them, and their node ids with them.
  const drawn = async () => {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", {
      nodeId: root.nodeId,
      selector: 'nav[aria-label="Language"] a',
    });
    const fonts: string[][] = [];
    for (const nodeId of nodeIds) {
      const answer = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      fonts.push(answer.fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName));
    }
    return fonts;
  };
  await expect
    .poll(async () => {
      const fonts = await drawn().catch(() => null);
      return fonts && [fonts.length, (fonts[0]?.length ?? 0) > 0, ...fonts.slice(1)];
    })
    .toEqual([3, true, [], []]);
});

test("Chinese pages are drawn with Chinese glyphs and Korean pages with Korean ones", async ({ page }) => {
  // The font actually used to draw the heading, as Chromium reports it: never a Japanese or Korean face
  // for Chinese text (a shared CJK fallback would draw 中文 with Japanese shapes).
  const usedFonts = async (selector: string) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
  };
  await page.goto("/zh");
  await page.evaluate(() => document.fonts.ready);
  const zh = await usedFonts("h1");
  expect(zh.join(", ")).toMatch(/SC|PingFang|YaHei|Hiragino Sans GB/);
  expect(zh.join(", ")).not.toMatch(/JP|KR|Japanese|Korean/);
  await page.goto("/ko");
  await page.evaluate(() => document.fonts.ready);
  const ko = await usedFonts("h1");
  expect(ko.join(", ")).toMatch(/KR|Apple SD Gothic|Malgun/);
  // Korean lines break between words.
  expect(await page.evaluate(() => getComputedStyle(document.body).wordBreak)).toBe("keep-all");
});
