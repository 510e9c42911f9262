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
