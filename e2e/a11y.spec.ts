import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** One page of each type. */
const PAGES = [
  "",
  "/directions/application",
  "/tables/indicators",
  "/tables/observations",
  "/documents",
  "/compare",
  "/sources",
  "/method",
  "/figures/core-ai-firms-2022-10",
  "/changes",
  "/search?q=haidian",
  "/embed/figures/core-ai-firms-2022-10",
  "/embed/indicators/ad-vehicles",
];

/**
 * Brings each lazily drawn chart into view until every chart on the page has its drawing. The condition is
 * polled, not timed: a chart scrolled past before the page had hydrated (its observer not yet listening) is
 * scrolled to again on the next poll.
 */
async function drawEverything(page: Page) {
  await page.waitForFunction(() => {
    const waiting = [...document.querySelectorAll('[role="img"][data-indicator]')].filter(
      (c) => !c.querySelector(".chart-drawing"),
    );
    waiting[0]?.scrollIntoView({ block: "center" });
    return waiting.length === 0;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** axe's findings (WCAG 2.0–2.2 A and AA, and its best practices), or only its colour-contrast ones. */
async function violations(page: Page, { contrastOnly = false } = {}) {
  const axe = new AxeBuilder({ page });
  const result = await (
    contrastOnly
      ? axe.withRules(["color-contrast"])
      : axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
  ).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n  ")}`,
  );
}

for (const locale of ["en", "zh"] as const) {
  for (const path of PAGES) {
    test(`axe finds nothing on /${locale}${path}, light and dark`, async ({ page }) => {
      // Long pages (the tables, the sources) take axe a while on this machine.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(`/${locale}${path}`);
      await drawEverything(page);
      expect(await violations(page), "light").toEqual([]);
      // The reader's system switches to dark: the same page, every colour pair checked again.
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await violations(page, { contrastOnly: true }), "dark").toEqual([]);
    });
  }
}

test("axe finds nothing with a filter open, a filter applied, and the phone menu open", async ({ page }) => {
  // The observations table is a long page: axe takes a while on it (21-32 s here beside other builds).
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/tables/observations?district=haidian");
  await page.getByTestId("menu-button").click();
  await page.getByTestId("filter-sector").getByRole("button").click();
  expect(await violations(page)).toEqual([]);
});

test("axe finds nothing with the search open and showing results, and with a KPI card's Cite open", async ({
  page,
}) => {
  await page.goto("/en");
  await page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-cite").getByRole("button").click();
  expect(await violations(page), "cite").toEqual([]);
  await page.keyboard.press("Escape");
  await page.getByTestId("search-open").click();
  await page.getByTestId("search-input").fill("haidian");
  await expect(page.getByTestId("search-results").getByRole("option").first()).toBeVisible();
  expect(await violations(page), "search").toEqual([]);
});
