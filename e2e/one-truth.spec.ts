import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { csvRecords } from "../lib/test/parse-csv";
import { expect, test } from "./fixtures";

interface ApiRow {
  id: string;
  value: number | null;
  as_of: string | null;
  observations: number;
  display: { value?: string };
}

async function apiRows(page: Page, query: string): Promise<ApiRow[]> {
  const response = await page.request.get(`/api/v1/indicators?${query}${query ? "&" : ""}limit=1000`);
  expect(response.status()).toBe(200);
  return (await response.json()).data;
}

/** The figure the table page shows for an indicator: the text of its Value cell. */
async function tableValue(page: Page, id: string): Promise<string | null> {
  const row = page
    .locator("tbody tr[data-index]")
    .filter({ has: page.locator(`a[href*="indicator-${id}"]`) });
  if ((await row.count()) === 0) return null;
  // The column headed "Value", wherever the table puts it.
  const headers = await page.locator("thead th").allTextContents();
  const at = headers.findIndex((h) => h.trim().startsWith("Value"));
  return (await row.locator("td").nth(at).textContent())?.trim() ?? null;
}

// Each filter, on every page that shows the indicator: the figure must be the API's.
const CASES = [
  { query: "year=2022", ids: ["ad-vehicles", "core-ai-firms"] },
  { query: "year=2023", ids: ["ad-vehicles", "core-output"] },
  { query: "district=bda", ids: ["ad-vehicles", "core-ai-firms"] },
  { query: "sector=autonomous-driving", ids: ["ad-vehicles", "ad-test-km"] },
  { query: "direction=application", ids: ["ad-vehicles", "smart-factories"] },
];

for (const { query, ids } of CASES) {
  test(`under ${query}, the direction page, the overview, the table and the API show the same figures`, async ({
    page,
  }) => {
    const rows = await apiRows(page, query);
    await page.goto(`/en/tables/indicators?${query}`);
    await expect(page.getByTestId("table-indicators")).toBeVisible();
    for (const id of ids) {
      const api = rows.find((r) => r.id === id);
      expect(api, `${id} in the API under ${query}`).toBeDefined();
      if (!api) continue;
      // The table page.
      expect(await tableValue(page, id), `${id} in the table`).toBe(api.display.value ?? "–");
    }
    for (const id of ids) {
      const api = rows.find((r) => r.id === id);
      if (!api) continue;
      const direction = (
        await (await page.request.get(`/api/v1/indicators/${id}`)).json()
      ).data.links.page.match(/directions\/(\w+)/)[1];
      const dirQuery = query.startsWith("direction=") ? "" : query;
      await page.goto(`/en/directions/${direction}?${dirQuery}`);
      const card = page.getByTestId(`kpi-${id}`);
      await expect(card, `${id} on its direction page`).toHaveAttribute("data-value", String(api.value));
      await expect(card).toHaveAttribute("data-as-of", api.as_of ?? "");
    }
    if (!query.startsWith("direction=")) {
      await page.goto(`/en?${query}`);
      for (const id of ids) {
        const card = page.getByTestId(`kpi-${id}`);
        if ((await card.count()) === 0) continue;
        const api = rows.find((r) => r.id === id);
        await expect(card, `${id} on the overview`).toHaveAttribute("data-value", String(api?.value));
      }
    }
  });
}

test("the indicators table counts observations on screen, in Export view and in Export all", async ({
  page,
}) => {
  const rows = await apiRows(page, "");
  const expected = rows.find((r) => r.id === "core-output")?.observations;
  expect(expected).toBeGreaterThan(1);
  await page.goto("/en/tables/indicators");
  const row = page
    .locator("tbody tr[data-index]")
    .filter({ has: page.locator('a[href*="indicator-core-output"]') })
    .first();
  await expect(row).toBeVisible();
  const header = await page.locator("thead th").allTextContents();
  const column = header.findIndex((h) => h.startsWith("Observations"));
  expect(column).toBeGreaterThan(0);
  await expect(row.locator("td").nth(column)).toHaveText(String(expected));
  for (const button of ["export-view", "export-all"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(button).click()]);
    const records = csvRecords(readFileSync((await download.path()) ?? "", "utf8"));
    const record = records.find(
      (r) => r.id === "core-output" || r.label?.startsWith("Core AI industry output"),
    );
    expect(record?.observations, button).toBe(String(expected));
  }
});
