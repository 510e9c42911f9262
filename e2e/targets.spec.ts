import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test("the overview shows a target roll-up for each direction that has targets", async ({ page, request }) => {
  const targets = (await (await request.get("/api/v1/targets?limit=1000")).json()).data as {
    direction: string;
  }[];
  expect(targets.length).toBeGreaterThan(0);
  await page.goto("/en");
  for (const code of ["innovation", "foundations", "application", "governance", "talent"]) {
    const rollUp = page.getByTestId(`rollup-${code}`);
    await expect(rollUp, code).toBeVisible();
  }
  // Foundations and application carry the fact sheet's targets, as a bar and one line of words.
  for (const code of ["foundations", "application"]) {
    const rollUp = page.getByTestId(`rollup-${code}`);
    const total = targets.filter(
      (t) => t.direction === (code === "foundations" ? "Industry foundations" : "Application pilot zone"),
    ).length;
    expect(total, code).toBeGreaterThan(0);
    await expect(rollUp, code).toHaveText(new RegExp(`^${total} targets: \\d+ `));
    await expect(rollUp.getByTestId("status-bar"), code).toBeAttached();
  }
  // The others say what they track instead of "no targets set".
  for (const code of ["innovation", "governance", "talent"])
    await expect(page.getByTestId(`rollup-${code}`), code).toHaveText(
      /^No quantitative target in the sourced documents; \d+ indicators, newest figure \w{3} (\d+, )?\d{4}\.$/,
    );
});

test("a direction whose targets a filter leaves out says so", async ({ page }) => {
  // Only the 2023 targets (both about smart manufacturing) are due in 2023.
  await page.goto("/en?year=2023");
  await expect(page.getByTestId("rollup-foundations")).toHaveText(
    /^No targets in this selection \(\d+ in all\)\.$/,
  );
  await expect(page.getByTestId("rollup-application")).toHaveText(/^2 targets: /);
});

test("a KPI card with a target shows its progress and status as text", async ({ page }) => {
  await page.goto("/en/directions/foundations");
  const card = page.getByTestId("kpi-core-output");
  const level = card.getByTestId("target-progress").filter({ hasText: "Target: 300 billion yuan" });
  // "Over 300 bn" in 2024 meets "300 bn by 2025": achieved, and nothing else.
  const status = level.locator("[data-status]");
  await expect(status).toHaveAttribute("data-status", "achieved");
  await expect(status).toHaveText(/^\W*Achieved$/);
  // "Over 10% a year" by 2025: the sources reported +12% for 2024 and no rate for 2025, so once 2025 has
  // passed the target is overdue (the method's rule), not on track on last year's rate.
  const growth = card.getByTestId("target-progress").filter({ hasText: "over 10% a year" });
  await expect(growth.locator("[data-status]")).toHaveAttribute("data-status", "overdue");
  await expect(growth).toContainText("reported");
});

test("each headline card says when its series last had a figure and how often one is expected", async ({
  page,
}) => {
  await page.goto("/en");
  // One line per card instead of a "Not updated" mark on each; the summary counts them once.
  for (const [id, date] of [
    ["core-ai-firms", "Oct 31, 2022"],
    ["miit-projects", "2022"],
    ["open-platforms", "2022"],
    ["smart-factories", "2022"],
  ]) {
    const cycle = page.getByTestId(`kpi-${id}`).getByTestId("kpi-cycle");
    await expect(cycle, id).toHaveText(
      `Newest figure of this series: ${date} · usually yearly No newer figure has appeared within its usual cycle.`,
    );
    await expect(cycle, id).toHaveAttribute("data-freshness", "stale");
  }
  await expect(page.getByTestId("kpi-grid")).not.toContainText("Not updated");
  await expect(page.getByTestId("kpi-grid")).not.toContainText("First figure in this series");
  await expect(page.getByTestId("as-of-summary")).toContainText("these all date from 2022.");
  await expect(page.getByTestId("as-of-summary")).not.toContainText(" to 2022");
});

test("a white-paper card shows a later count of another definition beside it, with no change computed", async ({
  page,
}) => {
  await page.goto("/en");
  const card = page.getByTestId("kpi-core-ai-firms");
  await expect(card.getByTestId("kpi-value")).toHaveText("1,048");
  const later = card.getByTestId("kpi-later");
  await expect(later).toContainText("Later, a different count");
  await expect(later).toContainText("over 2,500 firms");
  await expect(later).toContainText("no change is computed");
  await expect(later.locator("[data-source-id]")).toHaveCount(1);
  await expect(card.getByTestId("kpi-change")).toHaveCount(0);
  await expect(page.getByTestId("kpi-smart-factories").getByTestId("kpi-later")).toContainText("103");
});

test("a filter that removes a headline card names it", async ({ page }) => {
  await page.goto("/en?sector=autonomous-driving");
  await expect(page.getByTestId("kpi-smart-factories")).toHaveCount(0);
  await expect(page.getByTestId("kpi-hidden")).toContainText("Smart factories on Beijing's annual list");
  await expect(page.getByTestId("kpi-hidden")).toContainText("Public datasets opened");
});

test("the targets table sorts by status and exports", async ({ page }) => {
  await page.goto("/en/tables/targets");
  const header = page.getByRole("columnheader", { name: /^Status/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const statuses = await page
    .locator("tbody tr[data-index] [data-status]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  const order = ["achieved", "on-track", "needs-attention", "off-track", "overdue", "not-enough-data"];
  const ranks = statuses.map((s) => order.indexOf(s ?? ""));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // Each target's status is the one the documented method gives, as the API reports it.
  const api = (await (await page.request.get("/api/v1/targets?limit=1000")).json()).data as {
    id: string;
    title: string;
    target_status: string;
  }[];
  expect(api.find((t) => t.id === "core-output-2025")?.target_status).toBe("achieved");
  const row = page
    .locator("tbody tr[data-index]")
    .filter({ hasText: "Core AI industry reaches 300 bn yuan by 2025" });
  await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "achieved");
  expect(statuses.sort()).toEqual(api.map((t) => t.target_status).sort());
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-view").click(),
  ]);
  const text = readFileSync((await download.path()) ?? "", "utf8");
  const lines = text
    .slice(1)
    .split("\r\n")
    .filter((l) => l !== "");
  expect(lines[0]).toContain("Status [target_status]");
  expect(lines).toHaveLength(statuses.length + 1);
});

for (const [locale, title] of [
  ["en", "How progress is judged"],
  ["ko", null],
  ["zh", null],
] as const) {
  test(`the method page opens in ${locale} with a worked example`, async ({ page }) => {
    const response = await page.goto(`/${locale}/method`);
    expect(response?.status()).toBe(200);
    if (title) await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    // The rule table the code evaluates, printed per kind of target.
    await expect(page.getByTestId("method-rules-level").locator("li")).toHaveCount(7);
    await expect(page.getByTestId("method-rules-growth").locator("li")).toHaveCount(7);
    await expect(page.getByTestId("method-rules-recurring").locator("li")).toHaveCount(2);
    await expect(page.getByTestId("method-example")).toBeVisible();
  });
}
