import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";

test("a chart downloads as SVG and PNG with its title drawn in, and as the CSV of the figures it draws", async ({
  page,
}) => {
  await page.goto("/en/directions/application");
  const card = page.getByTestId("series-ad-vehicles");
  await card.scrollIntoViewIfNeeded();
  const title = (await card.getByRole("heading").first().innerText()).trim();
  const bar = card.getByTestId("chart-downloads");

  const [svgFile] = await Promise.all([
    page.waitForEvent("download"),
    bar.locator('[data-format="svg"]').click(),
  ]);
  expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile((await svgFile.path()) ?? "", "utf8");
  expect(svg).toContain(`<title>${title}</title>`);
  expect(svg).toMatch(/Source: /);
  expect(svg).toMatch(/Latest figure: /);
  expect(svg).toContain("/en/directions/application#series");
  expect(svg).toMatch(/width="960"/);

  const [pngFile] = await Promise.all([
    page.waitForEvent("download"),
    bar.locator('[data-format="png"]').click(),
  ]);
  expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await pngFile.path()) ?? "");
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  // IHDR: width and height, drawn at twice the SVG's size.
  expect(png.readUInt32BE(16)).toBe(1920);
  expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  expect(png.length).toBeGreaterThan(20_000);

  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    bar.locator('[data-format="csv"]').click(),
  ]);
  const csv = (await readFile((await csvFile.path()) ?? "", "utf8")).replace(/^\ufeff/, "");
  const lines = csv.trimEnd().split("\r\n");
  const numbers = card.getByTestId("numbers");
  await numbers.locator("summary").click();
  expect(lines).toHaveLength((await numbers.locator("tbody tr").count()) + 1);
  expect(lines[0]).toContain("observation_id");
});

test("every chart on the overview offers the three downloads, named after the chart", async ({ page }) => {
  await page.goto("/zh");
  const bars = page.getByTestId("chart-downloads");
  expect(await bars.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByTestId("chart-status").getByRole("button", { name: /PNG/ })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("chart-platforms").locator('[data-format="svg"]').click(),
  ]);
  const svg = await readFile((await file.path()) ?? "", "utf8");
  expect(svg).toContain("来源：");
  expect(svg).toContain("/zh/#charts");
});

test("files a Korean or Chinese reader downloads use their words: statuses, confidence, units, file names", async ({
  page,
}) => {
  // The targets table in Korean: the file is named in Korean, and says "overdue" and "high" in Korean.
  await page.goto("/ko/tables/targets");
  await expect(page.locator("tbody tr[data-index]").first()).toBeVisible();
  const [tableFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-view").click(),
  ]);
  expect(tableFile.suggestedFilename()).toMatch(/^beijing-ai-목표_\d{4}-\d{2}-\d{2}\.csv$/);
  const table = await readFile((await tableFile.path()) ?? "", "utf8");
  expect(table).toContain("기한 경과 — 결과 미발표");
  expect(table).toContain("신뢰도 높음");
  expect(table).not.toMatch(/,overdue,|,high,|,not-enough-data,/);

  // A chart of an amount in billions, in Chinese: the unit the raw values are in, words for the marks.
  await page.goto("/zh/directions/foundations");
  const card = page.getByTestId("series-core-output");
  await card.scrollIntoViewIfNeeded();
  const [chartFile] = await Promise.all([
    page.waitForEvent("download"),
    card.getByTestId("chart-downloads").locator('[data-format="csv"]').click(),
  ]);
  expect(chartFile.suggestedFilename()).toMatch(/[\u4e00-\u9fff].*\.csv$/);
  const csv = (await readFile((await chartFile.path()) ?? "", "utf8")).replace(/^\ufeff/, "");
  const [header, first] = csv.split("\r\n");
  expect(header).toMatch(/^指标 \[indicator\],/);
  expect(first).toContain(",十亿元,");
  expect(first).toMatch(/,(高可信度|中等可信度|二手来源),/);
});
