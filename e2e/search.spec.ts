import { expect, test } from "./fixtures";

test("“海淀” typed on the English site finds Haidian, from the keyboard, and Enter opens it", async ({
  page,
}) => {
  await page.goto("/en");
  await page.locator("body").press("/");
  const input = page.getByTestId("search-input");
  await expect(input).toBeFocused();
  await input.fill("海淀");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("group", { name: /Districts/ })).toContainText("Haidian District");
  // Groups come in a fixed order, each named; options are reached with the arrow keys.
  const options = results.getByRole("option");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await input.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute(
    "aria-activedescendant",
    (await options.nth(1).getAttribute("id")) ?? "",
  );
  const href = await options.nth(1).getAttribute("data-href");
  await input.press("Enter");
  await expect(page.getByTestId("search-dialog")).not.toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${(href ?? "").split("#")[0]?.replace(/[?]/g, "\\?")}`));
});

test("Ctrl+K opens the search; Korean on the Chinese site and Latin on the Korean site find records; Escape closes", async ({
  page,
}) => {
  await page.goto("/zh");
  await page.keyboard.press("Control+k");
  const input = page.getByTestId("search-input");
  await expect(input).toBeFocused();
  await input.fill("하이뎬");
  await expect(page.getByTestId("search-results")).toContainText("海淀区");
  await input.press("Escape");
  await expect(page.getByTestId("search-dialog")).not.toBeVisible();
  await expect(page.getByTestId("search-open")).toBeFocused();

  await page.goto("/ko");
  await page.getByTestId("search-open").click();
  await page.getByTestId("search-input").fill("ＨＡＩＤＩＡＮ");
  await expect(page.getByTestId("search-results")).toContainText("하이뎬구");
  await page.getByTestId("search-input").fill("zzzzqqq");
  await expect(page.getByTestId("search-status")).toContainText("zzzzqqq");
});

test("the search page lists every result without scripts and refuses an overlong query", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/search?q=%E6%B5%B7%E6%B7%80");
  await expect(page.getByTestId("search-page-results")).toContainText("Haidian District");
  await page.getByRole("searchbox").fill("robot");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=robot/);
  await page.goto(`/en/search?q=${"x".repeat(201)}`);
  await expect(page.getByRole("alert")).toContainText("at most 200");
  await context.close();
});

test("“/” opens the search on every load, even when pressed before the page's script has run, and again after Escape", async ({
  page,
}) => {
  // The page's script is held back until the key has been pressed: the moment the key used to be lost in.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/en/method", { waitUntil: "domcontentloaded" });
  await page.keyboard.press("/");
  release();
  const dialog = page.getByTestId("search-dialog");
  const input = page.getByTestId("search-input");
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await expect(input).toHaveValue("");
  // Escape gives focus back to the Search button; "/" there opens the search again.
  await input.press("Escape");
  await expect(dialog).not.toBeVisible();
  await expect(page.getByTestId("search-open")).toBeFocused();
  await page.keyboard.press("/");
  await expect(dialog).toBeVisible();
  await expect(input).toBeFocused();
  await expect(input).toHaveValue("");
  // In the search field "/" is a character, and on another control it does nothing.
  await input.press("/");
  await expect(input).toHaveValue("/");
  await input.press("Escape");
  await page.getByRole("link", { name: "Method" }).first().focus();
  await page.keyboard.press("/");
  await expect(dialog).not.toBeVisible();
});

test("a search result that jumps to a place on a page lands below the sticky header", async ({ page }) => {
  for (const width of [1280, 1100]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/en");
    // Opened again until the page is interactive (a click before hydration does nothing).
    await expect(async () => {
      if (!(await page.getByTestId("search-dialog").isVisible()))
        await page.getByTestId("search-open").click();
      await expect(page.getByTestId("search-input")).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await page.getByTestId("search-input").fill("autonomous vehicles");
    // A result that is a place on a page (an indicator on its direction's page).
    const option = page
      .getByTestId("search-results")
      .locator('[role="option"][data-href*="#indicator-"]')
      .first();
    await expect(option).toBeVisible();
    const href = (await option.getAttribute("data-href")) ?? "";
    await option.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[?#]/g, "\\$&")}$`));
    const target = page.locator(`[id="${href.split("#")[1]}"]`);
    const header = page.locator("header").first();
    // The page has scrolled to the place, and the header does not cover it.
    await expect
      .poll(async () => {
        const [t, h] = [await target.boundingBox(), await header.boundingBox()];
        return (
          t && h && t.y >= h.y + h.height - 1 && t.y < 300 && (await page.evaluate(() => window.scrollY)) > 0
        );
      }, `${width} px`)
      .toBe(true);
  }
});
