/**
 * "Export … (Excel)": the spreadsheet of the view and of the whole table, read back with exceljs as Excel
 * would open it: the rows and columns of the view, an About sheet and a Sources sheet, in the reader's
 * language. And every table's XLSX address, in every language.
 */
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { TABLE_IDS } from "../lib/tables/columns";
import { expect, test } from "./fixtures";

const SHEETS = { en: ["About", "Sources"], ko: ["정보", "출처"], zh: ["说明", "来源"] } as const;

/** A sheet's cells as text, row by row (exceljs numbers rows and columns from 1). */
function textRows(ws: ExcelJS.Worksheet | undefined): string[][] {
  const out: string[][] = [];
  ws?.eachRow((row) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) {
      const v = row.getCell(i).value;
      cells.push(
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : v !== null && typeof v === "object" && "text" in v
            ? String(v.text)
            : String(v ?? ""),
      );
    }
    out.push(cells);
  });
  return out;
}

async function download(page: Page, testId: string): Promise<{ name: string; wb: ExcelJS.Workbook }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await file.path()) ?? "");
  return { name: file.suggestedFilename(), wb };
}

async function firstColumn(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="table-"] tbody tr[data-index] td:first-child')
    .evaluateAll((cells) => cells.map((c) => (c.querySelector("a, span")?.textContent ?? "").trim()));
}

test("Export view (Excel) holds the rows and columns on screen, in order, with About and Sources in Korean", async ({
  page,
}) => {
  await page.goto("/ko/tables/observations?district=bda&sort=-value&hide=unit,as_of");
  const count = page.getByTestId("row-count");
  const before = await count.textContent();
  // A search typed on the page, after it loaded: the spreadsheet follows the live view.
  await page.getByTestId("table-search").fill("2023");
  await expect(count).not.toHaveText(before ?? "");
  const onScreen = await firstColumn(page);
  expect(onScreen.length).toBeGreaterThan(0);
  const headers = await page.locator("thead th").allTextContents();
  const { name, wb } = await download(page, "export-view-excel");
  // Named in the reader's language, as the page names the table.
  expect(name).toMatch(/^beijing-ai-전체-관측치_district-bda_search-2023_\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual([...SHEETS.ko]);
  const rows = textRows(wb.worksheets[0]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(onScreen);
  // The columns shown, in their order: the hidden unit and date are not there.
  expect(rows[0]?.length).toBe(headers.length);
  expect(rows[0]?.[0]).toMatch(/\[indicator\]$/);
  expect(rows[0]?.some((h) => /\[(unit|as_of)\]$/.test(h))).toBe(false);
  // Numbers stay numbers: the value column holds numbers, not text.
  const value = rows[0]?.findIndex((h) => h.endsWith("[value]")) ?? -1;
  expect(typeof wb.worksheets[0]?.getRow(2).getCell(value + 1).value).toBe("number");
  const about = textRows(wb.getWorksheet("정보")).map((r) => r.join(" | "));
  expect(about.find((r) => r.startsWith("보기 |"))).toMatch(/검색: “2023”.*정렬: 값 ↓/);
  expect(about.some((r) => r.startsWith("데이터셋 버전 |"))).toBe(true);
  expect(textRows(wb.getWorksheet("출처")).length).toBeGreaterThan(1);
});

test("Export all (Excel) holds every row of the table, whatever the view", async ({ page }) => {
  await page.goto("/zh/tables/entities?year=2023");
  // "共 22 行，显示 5 行": the table's rows, then those the year leaves.
  const total = Number((await page.getByTestId("row-count").textContent())?.match(/共 (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(0);
  const { wb } = await download(page, "export-all-excel");
  expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual([...SHEETS.zh]);
  expect(textRows(wb.worksheets[0]).length).toBe(total + 1);
});

test("every table's spreadsheet opens with its About and Sources sheets, in en, ko and zh", async ({
  request,
}) => {
  test.slow();
  const version = (await (await request.get("/api/v1/meta")).json()).version;
  for (const table of TABLE_IDS)
    for (const locale of ["en", "ko", "zh"] as const) {
      const response = await request.get(`/api/v1/${table}?locale=${locale}&format=xlsx`);
      expect(response.status(), `${table} ${locale}`).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(await response.body()).buffer);
      expect(wb.worksheets.map((w) => w.name).slice(1), `${table} ${locale}`).toEqual([...SHEETS[locale]]);
      const rows = textRows(wb.worksheets[0]);
      expect(rows.length - 1, `${table} ${locale}`).toBe(Number(response.headers()["x-total-count"]));
      expect(wb.worksheets[0]?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(textRows(wb.worksheets[1]).some((r) => r.includes(version))).toBe(true);
      expect(textRows(wb.worksheets[2]).length, `${table} ${locale} sources`).toBeGreaterThan(1);
    }
});
