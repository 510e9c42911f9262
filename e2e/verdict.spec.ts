import { STATUS_GROUPS } from "../lib/domain/codes";
import { expect, test } from "./fixtures";

/** Targets by status group, as /api/v1/targets reports them for a filter. */
async function apiCounts(request: import("@playwright/test").APIRequestContext, query: string) {
  const response = await request.get(`/api/v1/targets?limit=1000${query ? `&${query}` : ""}`);
  expect(response.status()).toBe(200);
  const data = (await response.json()).data as { target_status: string }[];
  return Object.fromEntries(
    STATUS_GROUPS.map((g) => [
      g.id,
      data.filter((t) => (g.statuses as readonly string[]).includes(t.target_status)).length,
    ]),
  );
}

for (const query of ["", "sector=autonomous-driving", "year=2025"]) {
  test(`the verdict counts the targets as the API does${query ? ` (${query})` : ""}`, async ({
    page,
    request,
  }) => {
    const expected = await apiCounts(request, query);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(total, "the API lists targets for this filter").toBeGreaterThan(0);
    await page.goto(`/en${query ? `?${query}` : ""}`);
    const verdict = page.getByTestId("verdict");
    for (const g of STATUS_GROUPS)
      await expect(
        verdict.locator(`[data-testid="status-counts"] li[data-group="${g.id}"]`),
        g.id,
      ).toHaveAttribute("data-count", String(expected[g.id]));
    await expect(verdict.getByTestId("verdict-sentence")).toContainText(`Of ${total} targets`);
    if (query) await expect(verdict).toContainText("Counted for the current filter.");
  });
}

test("each count opens the targets table filtered to its statuses and the overview's filter", async ({
  page,
}) => {
  await page.goto("/en?sector=autonomous-driving");
  const overdue = page.getByTestId("status-count-overdue");
  const count = Number(await overdue.locator("xpath=..").getAttribute("data-count"));
  expect(count).toBeGreaterThan(0);
  await overdue.click();
  // The filtered table is rendered for its address on first request: on a busy machine that can take a while.
  await expect(page).toHaveURL(/\/en\/tables\/targets\?/, { timeout: 20_000 });
  const url = new URL(page.url());
  expect(url.searchParams.get("progress")).toBe("overdue");
  expect(url.searchParams.get("sector")).toBe("autonomous-driving");
  const rows = page.locator("tbody tr[data-index]");
  await expect(rows).toHaveCount(count);
  const statuses = await rows
    .locator("[data-status]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(statuses.length).toBe(count);
  expect(new Set(statuses)).toEqual(new Set(["overdue"]));
});

test("the verdict names the newest figures and the latest release, with links", async ({ page, request }) => {
  await page.goto("/en");
  const newest = page.getByTestId("verdict-newest").locator("li");
  await expect(newest).toHaveCount(3);
  const dates = await newest.evaluateAll((els) => els.map((e) => e.getAttribute("data-as-of") ?? ""));
  expect(dates.every((d) => d >= "2024")).toBe(true);
  // The newest date is the newest figure in the dataset, as the API lists them.
  const obs = (await (await request.get("/api/v1/observations?limit=1000")).json()).data as {
    as_of: string;
  }[];
  expect(obs.length).toBeGreaterThan(0);
  const newestEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
  const newestInApi = obs
    .map((o) => o.as_of)
    .sort((a, b) => newestEnd(a).localeCompare(newestEnd(b)))
    .at(-1);
  await expect(page.getByTestId("verdict-newest-date")).toHaveAttribute("data-date", newestInApi ?? "");
  await expect(page.getByTestId("verdict-release")).toContainText(
    /Latest data release, \w{3} \d+, \d{4}: \d+ revised/,
  );
  await page
    .getByTestId("verdict-release")
    .getByRole("link", { name: /What changed/ })
    .click();
  await expect(page).toHaveURL(/\/en\/changes$/);
});

/**
 * The answer is on the first screen: at 1280×800 the verdict's counts and the newest figures (2024 or later)
 * are above the fold, and on a 360 px phone within the first two screens, in each language.
 */
for (const locale of ["en", "ko", "zh"] as const) {
  for (const [width, height, screens] of [
    [1280, 800, 1],
    [360, 740, 2],
  ] as const) {
    test(`${locale} at ${width} px: the verdict and newest figures are within ${screens} screen(s)`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`/${locale}`);
      const bottomOf = async (testId: string) => {
        const box = await page.getByTestId(testId).boundingBox();
        expect(box, testId).not.toBeNull();
        return (box?.y ?? Infinity) + (box?.height ?? 0);
      };
      expect(await bottomOf("status-counts")).toBeLessThanOrEqual(height * screens);
      const first = page.getByTestId("verdict-newest").locator("li").first();
      await expect(first).toHaveAttribute("data-as-of", /^20(2[4-9]|[3-9]\d)/);
      const box = await first.boundingBox();
      expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(height * screens);
      await context.close();
    });
  }
}
