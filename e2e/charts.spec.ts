import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";

const DAY = 86_400_000;
/** The fleet's figures, oldest first, at the last day of each month (as the chart places them). */
const FLEET_DATES = ["2022-03-31", "2023-03-31", "2023-12-31", "2024-04-30", "2024-10-31"];

/** The drawn markers of a chart, in series order, with their centre and colours as painted. */
async function markers(chart: Locator) {
  await chart.scrollIntoViewIfNeeded();
  const circles = chart.locator("svg circle[data-marker]");
  await expect(circles.first()).toBeVisible();
  return circles.evaluateAll((nodes) =>
    nodes.map((n) => {
      const style = getComputedStyle(n);
      return {
        id: n.getAttribute("data-marker") ?? "",
        shape: n.parentElement?.getAttribute("data-shape") ?? "",
        cx: Number(n.getAttribute("cx")),
        fill: style.fill,
        stroke: style.stroke,
      };
    }),
  );
}

test.describe("the fleet chart on the application page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/en/directions/application");
  });

  test("draws its points at x positions in proportion to their dates", async ({ page }) => {
    const drawn = await markers(page.getByTestId("series-ad-vehicles"));
    expect(drawn).toHaveLength(FLEET_DATES.length);
    const xs = drawn.map((m) => m.cx);
    const days = FLEET_DATES.map((d) => Date.parse(`${d}T00:00:00Z`) / DAY);
    const pxGaps = xs.slice(1).map((x, i) => x - (xs[i] ?? 0));
    const dayGaps = days.slice(1).map((d, i) => d - (days[i] ?? 0));
    const pxTotal = pxGaps.reduce((a, b) => a + b, 0);
    const dayTotal = dayGaps.reduce((a, b) => a + b, 0);
    expect(pxTotal).toBeGreaterThan(0);
    // Each gap takes the share of the width that its time takes of the whole span, within ±10%.
    for (const [i, gap] of pxGaps.entries()) {
      const expected = (dayGaps[i] ?? 0) / dayTotal;
      expect(gap / pxTotal, `gap ${i + 1}`).toBeGreaterThan(expected * 0.9);
      expect(gap / pxTotal, `gap ${i + 1}`).toBeLessThan(expected * 1.1);
    }
  });

  test("draws a bound hollow and an exact figure filled", async ({ page }) => {
    const drawn = await markers(page.getByTestId("series-ad-vehicles"));
    const bound = drawn.find((m) => m.shape === "bound");
    const exact = drawn.find((m) => m.shape === "exact");
    if (!bound || !exact)
      throw new Error(`expected a bound and an exact marker, got ${JSON.stringify(drawn)}`);
    // "over 800": ringed in the series colour, filled with the card's background.
    expect(bound.fill).not.toBe(bound.stroke);
    expect(bound.fill).toBe("rgb(255, 255, 255)");
    expect(exact.fill).toBe(exact.stroke);
    await expect(page.getByTestId("series-ad-vehicles").getByTestId("mark-legend")).toContainText(
      "bound (“over …”, “up to …”)",
    );
  });

  test("lists date, value, unit, kind of figure, confidence and a linked source per row", async ({
    page,
  }) => {
    const card = page.getByTestId("series-ad-vehicles");
    await card.getByText("Show the numbers").click();
    const table = card.getByRole("table");
    await expect(table.locator("thead th")).toHaveText([
      "Date",
      "Value",
      "Unit",
      "Kind of figure",
      "Confidence",
      "Source",
    ]);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(FLEET_DATES.length);
    for (const row of await rows.all()) {
      const cells = row.locator("td");
      await expect(cells.nth(2)).toHaveText("vehicles");
      await expect(cells.nth(4)).toHaveText(/^(High confidence|Medium confidence|Secondary source)$/);
      await expect(cells.nth(5).getByRole("link")).toHaveAttribute("href", /^\/en\/sources#source-[\w-]+$/);
    }
    await expect(rows.nth(3).locator("td")).toHaveText([
      "Apr 2024",
      "over 800",
      "vehicles",
      "lower bound (“over”)",
      "High confidence",
      "China Daily",
    ]);
    // The date leads to the figure's own page, the publisher to the source.
    await expect(rows.nth(3).getByRole("link").first()).toHaveAttribute("href", /^\/en\/figures\/[\w-]+$/);
    await expect(rows.nth(3).getByRole("link").last()).toHaveAttribute(
      "href",
      "/en/sources#source-china-daily-2024-04-19",
    );
  });

  test("is one image named with its series, unit and table, and nothing in it takes focus", async ({
    page,
  }) => {
    const card = page.getByTestId("series-ad-vehicles");
    // Once drawn, the chart is still one image: its texts and shapes are not read out one by one.
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator("svg circle[data-marker]").first()).toBeVisible();
    const image = card.getByRole("img");
    await expect(image).toHaveCount(1);
    await expect(image).toHaveAttribute(
      "aria-label",
      /^Chart of Autonomous vehicles in the zone \(vehicles\)\./,
    );
    await expect(image).toHaveAttribute("aria-label", /Show the numbers/);
    await expect(image.locator("[tabindex], a, button")).toHaveCount(0);
  });
});

test("the overview charts each output definition on its own, with the target as a line", async ({ page }) => {
  await page.goto("/en");
  const panel = page.getByTestId("chart-output");
  for (const id of ["ai-related-output", "ai-output", "core-output"]) {
    const chart = panel.getByTestId(`series-${id}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg circle[data-marker]").first(), id).toBeVisible();
    await expect(chart.getByRole("img"), id).toHaveCount(1);
  }
  const core = panel.getByTestId("series-core-output");
  await expect(core.locator("svg text").filter({ hasText: "Target: 300 billion yuan by 2025" })).toHaveCount(
    1,
  );
  // Two figures, two markers: the target is a reference line, not a point.
  await expect(core.locator("circle[data-marker]")).toHaveCount(2);
  await expect(core.locator("svg [data-target]")).not.toHaveCount(0);
});

test("a filter never recolours a series", async ({ page }) => {
  await page.goto("/en");
  const before = await markers(page.getByTestId("chart-fleet"));
  await page.goto("/en?year=2024");
  const after = await markers(page.getByTestId("chart-fleet"));
  expect(after.length).toBeLessThan(before.length);
  expect(new Set(after.map((m) => m.stroke))).toEqual(new Set(before.map((m) => m.stroke)));
});

test("a chart below the fold is drawn only when it comes near, in a box that does not change size", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/en/directions/application");
  const chart = page.getByTestId("series-ad-vehicles").getByRole("img");
  // Named from the start (its description is there before the drawing), not yet drawn.
  await expect(chart).toHaveAttribute("aria-label", /Autonomous vehicles in the zone/);
  await expect(chart.locator(".chart-drawing")).toHaveCount(0);
  const before = await chart.boundingBox();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".chart-drawing")).toBeVisible();
  const after = await chart.boundingBox();
  expect(after?.height).toBe(before?.height);
  expect(after?.width).toBe(before?.width);
});
