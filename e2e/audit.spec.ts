import { expect, test } from "./fixtures";

/**
 * What the data audit of 2 Dec 2026 found, checked where a reader meets it (the API the pages and files are
 * built from, and the pages): every status follows the method page.
 */
type Row = Record<string, string | number | null>;
async function list(request: import("@playwright/test").APIRequestContext, path: string): Promise<Row[]> {
  const response = await request.get(`/api/v1/${path}${path.includes("?") ? "&" : "?"}limit=1000`);
  expect(response.status(), path).toBe(200);
  const data = (await response.json()).data as Row[];
  expect(data.length, path).toBeGreaterThan(0);
  return data;
}
const byId = (rows: Row[], id: string) => {
  const row = rows.find((r) => r.id === id);
  expect(row, id).toBeDefined();
  return row ?? {};
};

test("targets: overdue once their date passes without an outcome, growth targets included", async ({
  request,
}) => {
  const targets = await list(request, "targets");
  expect(byId(targets, "core-output-growth-2025").target_status).toBe("overdue");
  expect(byId(targets, "core-output-2025").target_status).toBe("achieved");
});

test("the zone's area is one series: 600 km² built meets the 500 km² target, with medium confidence said", async ({
  request,
  page,
}) => {
  const targets = await list(request, "targets");
  const phase3 = byId(targets, "ad-zone-area-phase-3");
  expect(phase3).toMatchObject({ target_status: "achieved", latest: 600, latest_date: "2024-10" });
  const indicators = await list(request, "indicators");
  expect(indicators.some((i) => i.id === "ad-zone-area-built")).toBe(false);
  expect(byId(indicators, "ad-zone-area").observations).toBe(2);
  await page.goto("/en/directions/application#target-ad-zone-area-phase-3");
  await expect(page.locator("#target-ad-zone-area-phase-3")).toContainText("medium confidence");
});

test("the smart-manufacturing plan's 100 sites are judged on the 103 built since 2021", async ({
  request,
}) => {
  const target = byId(await list(request, "targets"), "smart-mfg-100-plan-2023");
  expect(target).toMatchObject({
    target_status: "achieved",
    latest: 103,
    indicator_id: "smart-mfg-built-since-2021",
  });
});

test("no change is computed between counts that may differ in outlet or wording", async ({ request }) => {
  const indicators = await list(request, "indicators");
  expect(byId(indicators, "ad-intersections")).toMatchObject({ value: 329, change: null });
  expect(byId(indicators, "registered-ai-products")).toMatchObject({
    value: 147,
    change: null,
    unit: "product",
  });
});

test("plans whose period ended say so; the adopted draft is no longer planned", async ({ request }) => {
  const measures = await list(request, "measures");
  for (const id of ["ai-plus-action-plan-2024", "ai-industry-plan-2023-2025", "new-smart-manufacturing-100"])
    expect(byId(measures, id).status, id).toBe("period-ended");
  expect(byId(measures, "general-ai-draft-supervision-2023").status).toBe("completed");
});

test("staleness covers series about one district or zone; a series with no figure has no data", async ({
  request,
}) => {
  const indicators = await list(request, "indicators");
  for (const id of ["ad-rides", "haidian-share-ai-related-firms"])
    expect(byId(indicators, id).freshness, id).toBe("stale");
  expect(byId(indicators, "bda-ai-scale").freshness).toBe("no-data");
});

test("confidence follows the original source; labels use the plan's own terms", async ({ request }) => {
  const targets = await list(request, "targets");
  for (const id of ["base-models-2025", "industry-models-2025", "application-cases-2025"])
    expect(byId(targets, id).confidence, id).toBe("high");
  const zh = await list(request, "targets?locale=zh");
  expect(String(byId(zh, "smart-works-benchmarks-2023").title)).toContain("智能制造标杆工厂");
  const observations = await list(request, "observations");
  expect(byId(observations, "core-output-2023").confidence).toBe("high");
});
