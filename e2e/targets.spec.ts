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
  // Foundations and application carry the fact sheet's targets.
  await expect(page.getByTestId("rollup-foundations")).toHaveText(/\d+ of \d+ targets achieved or on track/);
  await expect(page.getByTestId("rollup-application")).toHaveText(/\d+ of \d+ targets achieved or on track/);
});

test("a KPI card with a target shows its progress and status as text", async ({ page }) => {
  await page.goto("/en/directions/foundations");
  const card = page.getByTestId("kpi-core-output");
  const level = card.getByTestId("target-progress").filter({ hasText: "Target: 300 billion yuan" });
  // "Over 300 bn" in 2024 meets "300 bn by 2025": achieved, and nothing else.
  const status = level.locator("[data-status]");
  await expect(status).toHaveAttribute("data-status", "achieved");
  await expect(status).toHaveText(/^\W*Achieved$/);
  // "Over 10% a year": judged on the +12% the source reported for 2024, not on a computed change.
  const growth = card.getByTestId("target-progress").filter({ hasText: "over 10% a year" });
  await expect(growth.locator("[data-status]")).toHaveAttribute("data-status", "on-track");
  await expect(growth).toContainText("reported");
});

test("stale figures carry one calm mark with the rule, applied to every 2022 headline figure alike", async ({
  page,
}) => {
  await page.goto("/en");
  // The 2022 white-paper counts have had no newer figure of the same series for years: each is marked,
  // the MIIT figures as much as their siblings, with the rule in the mark's tooltip.
  for (const id of ["core-ai-firms", "miit-projects", "open-platforms", "smart-factories"]) {
    const mark = page.getByTestId(`kpi-${id}`).getByTestId("stale");
    await expect(mark, id).toHaveText(/^Not updated/);
    await expect(mark, id).toHaveAttribute("title", /expected every 12 months/);
  }
  await expect(page.getByTestId("as-of-summary")).toContainText("Figures as of Oct 31, 2022 to");
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
    await expect(page.getByTestId("method-rules").locator("li")).toHaveCount(7);
    await expect(page.getByTestId("method-example")).toBeVisible();
  });
}
