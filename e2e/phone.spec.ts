import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A small phone. */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const PAGES = [
  "/en",
  "/en/directions/application",
  "/en/tables/indicators",
  "/en/tables/targets",
  "/en/documents",
  "/en/compare",
  "/en/sources",
  "/en/method",
  "/en/figures/core-ai-firms-2022-10",
  "/en/changes",
  "/en/search?q=haidian",
  "/zh/embed/indicators/ad-vehicles",
  "/zh",
  "/zh/tables/indicators",
];

/** Fails unless the element lies wholly inside the screen's width. */
async function expectOnScreen(page: Page, el: Locator, what: string) {
  const box = (await el.boundingBox()) ?? { x: -1, width: 0 };
  const width = page.viewportSize()?.width ?? 0;
  expect(box.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what} ends on screen`).toBeLessThanOrEqual(width);
}

test("no page scrolls sideways at 360 px", async ({ page }) => {
  test.setTimeout(60_000);
  for (const path of PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(overflow.client);
  }
});

test("every link and button is a touch target of 24 px or spaced like one, on 360 and 412 px phones", async ({
  page,
}) => {
  // Fourteen pages at two widths; axe's target-size rule is slow on long pages on this machine.
  test.setTimeout(360_000);
  // Two widths: where links wrap differs, and with it which ones end up next to each other.
  for (const width of [360, 412]) {
    await page.setViewportSize({ width, height: 823 });
    for (const path of PAGES) {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
      const found = result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
      expect(found, `${path} at ${width} px: targets too small or too close`).toEqual([]);
    }
  }
});

test("the menu button opens every section of the site on screen", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = nav.getByRole("link");
  await expect(links.first()).toBeHidden();
  await nav.getByRole("button", { name: "Menu" }).click();
  await expect(nav.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "true");
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < count; i++) {
    await expect(links.nth(i)).toBeVisible();
    await expectOnScreen(page, links.nth(i), `menu item ${await links.nth(i).innerText()}`);
  }
  // Following a link closes the menu on the new page.
  await nav.getByRole("link", { name: "Method" }).click();
  await expect(page).toHaveURL(/\/en\/method$/);
  await expect(nav.getByRole("link", { name: "Method" })).toBeHidden();
  // Escape closes it too.
  await nav.getByRole("button", { name: "Menu" }).click();
  await expect(links.first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(links.first()).toBeHidden();
});

test("filter and column panels open wholly on screen", async ({ page }) => {
  await page.goto("/en/tables/indicators");
  for (const dim of ["district", "sector", "direction", "year"]) {
    const filter = page.getByTestId(`filter-${dim}`);
    const button = filter.getByRole("button");
    const panel = filter.getByRole("group");
    // Retried until the page is interactive (a click before hydration does nothing; under load it failed).
    await expect(async () => {
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
      await expect(panel).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await expectOnScreen(page, panel, `the ${dim} panel`);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
  }
  await page.getByRole("button", { name: "Columns" }).click();
  const columns = page.getByTestId("columns").getByRole("group");
  await expect(columns).toBeVisible();
  await expectOnScreen(page, columns, "the Columns panel");
});

test("a table shows each row's figure beside its label, and its tabs are readable", async ({ page }) => {
  await page.goto("/en/tables/indicators");
  const row = page.getByRole("row", { name: /Core AI enterprises/ }).first();
  await row.scrollIntoViewIfNeeded();
  await expectOnScreen(page, row.getByRole("cell").nth(0), "the label");
  await expectOnScreen(page, row.getByRole("cell").nth(1), "the value");
  await expect(row.getByRole("cell").nth(1)).toHaveText(/\d/);
  const tabs = page.getByRole("navigation", { name: "Tables" }).getByRole("link");
  for (let i = 0; i < (await tabs.count()); i++) await expectOnScreen(page, tabs.nth(i), "a table tab");
});

test("the search opens on screen at 360 px and its results fit", async ({ page }) => {
  await page.goto("/en");
  await page.getByTestId("search-open").click();
  const dialog = page.getByTestId("search-dialog");
  await expect(dialog).toBeVisible();
  await expectOnScreen(page, dialog, "search dialog");
  await page.getByTestId("search-input").fill("海淀");
  const first = page.getByTestId("search-results").getByRole("option").first();
  await expect(first).toBeVisible();
  await expectOnScreen(page, first, "first result");
});

test("a KPI card's Cite panel lies over the cards below it, its Copy button in view and tappable", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en");
  const cards = page.getByTestId("kpi-grid").locator('[data-testid^="kpi-"]:has([data-testid="kpi-cite"])');
  expect(await cards.count()).toBeGreaterThan(2);
  for (const i of [0, 1]) {
    const cite = cards.nth(i).getByTestId("kpi-cite");
    const button = cite.getByRole("button").first();
    const panel = cite.locator(":scope > fieldset");
    // Tapped again until the page is interactive (a tap before hydration does nothing).
    await expect(async () => {
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.tap();
      await expect(panel).toBeVisible({ timeout: 1_000 });
    }).toPass();
    const copy = cite.getByTestId("kpi-cite-box").getByRole("button", { name: "Copy" });
    await expect(copy).toBeAttached();
    // The page scrolled so that the panel shows from its top, nothing scrolled inside the panel.
    const spot = await panel.evaluate((el) => {
      window.scrollBy(0, el.getBoundingClientRect().top - 80);
      const p = el.getBoundingClientRect();
      const button = [...el.querySelectorAll("button")].find((b) => b.textContent === "Copy");
      const b = button?.getBoundingClientRect();
      if (!button || !b) return null;
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      const hit = document.elementFromPoint(x, y);
      return {
        inside: b.top >= p.top && b.bottom <= p.bottom && b.bottom <= window.innerHeight,
        onTop: hit !== null && button.contains(hit),
        x,
        y,
      };
    });
    expect(spot?.inside, `card ${i}: the Copy button lies inside its panel, on screen`).toBe(true);
    expect(spot?.onTop, `card ${i}: nothing is drawn over the Copy button`).toBe(true);
    await page.touchscreen.tap(spot?.x ?? 0, spot?.y ?? 0);
    await expect(cite.getByRole("status")).toHaveText("Copied to the clipboard");
    await page.keyboard.press("Escape");
    await expect(panel).toHaveCount(0);
  }
});
