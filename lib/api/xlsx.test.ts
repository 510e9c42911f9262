import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { buildDataset } from "@/lib/data/build";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { translator } from "@/lib/i18n/translator";
import { fixtureRecords, toRaw } from "@/lib/test/fixture";
import { parseCsv } from "@/lib/test/parse-csv";
import { changesResponse } from "./changes";
import { listResponse } from "./resources";
import { buildXlsx, XLSX_TYPE } from "./xlsx";
import { tableXlsxInput } from "./files";
import { tableRows } from "@/lib/tables/rows";

const built = buildDataset(toRaw(fixtureRecords()));
if (!built.ok) throw new Error("fixture is invalid");
const ds = built.dataset;

const get = (resource: string, query: string) =>
  listResponse(new Request(`http://test/api/v1/${resource}?${query}`), ds, resource);

async function workbook(response: Response): Promise<ExcelJS.Workbook> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(XLSX_TYPE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  return wb;
}

/** A sheet's rows as arrays of cell values (exceljs numbers rows and columns from 1). */
function rowsOf(ws: ExcelJS.Worksheet | undefined): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => {
    const cells: ExcelJS.CellValue[] = [];
    for (let i = 1; i <= ws.columnCount; i++) cells.push(row.getCell(i).value);
    out.push(cells);
  });
  return out;
}

/** A spreadsheet cell as the spreadsheet CSV writes it. */
function asCsv(cell: ExcelJS.CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "object" && "hyperlink" in cell) return String(cell.text);
  return String(cell);
}

describe("the spreadsheet answer (?format=xlsx)", () => {
  it("holds the spreadsheet CSV's rows and columns: numbers as numbers, full dates as dates, header frozen", async () => {
    // One truth: the XLSX of an address is its CSV's twin, with types a spreadsheet can compute with.
    const query = "locale=ko&sort=-value";
    const csv = parseCsv(await (await get("observations", `${query}&for=excel`)).text());
    const wb = await workbook(await get("observations", `${query}&format=xlsx`));
    const t = translator("ko");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      t("table.names.observations"),
      t("spreadsheet.aboutSheet"),
      t("spreadsheet.sourcesSheet"),
    ]);
    const data = wb.worksheets[0];
    const rows = rowsOf(data);
    expect(rows.length).toBe(csv.length);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.map((r) => r.map(asCsv))).toEqual(csv);
    const header = csv[0] ?? [];
    const value = header.indexOf("값 [value]");
    const asOf = header.findIndex((h) => h.endsWith("[as_of]"));
    expect(value).toBeGreaterThanOrEqual(0);
    for (const row of rows.slice(1)) expect(typeof row[value]).toBe("number");
    // 2022-10-31 is a date; "2024" and "2023-03" stay text (no day is made up).
    const dates = rows.slice(1).map((r) => r[asOf]);
    expect(dates.filter((d) => d instanceof Date).length).toBeGreaterThan(0);
    expect(dates).toContain("2024");
    expect(data?.getColumn(asOf + 1).numFmt).toBe("yyyy-mm-dd");
    expect(data?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(data?.getColumn(1).width).toBeGreaterThan(8);
  });

  it("says what made it, what each column means and its unit, and lists every source the rows cite", async () => {
    const wb = await workbook(await get("observations", "locale=en&format=xlsx&district=bda&q=vehicles"));
    const about = rowsOf(wb.getWorksheet("About")).map((r) => r.map(asCsv));
    const text = about.map((r) => r.join(" | ")).join("\n");
    expect(text).toContain(`Dataset version | ${ds.version}`);
    expect(text).toMatch(/View \| District: BDA · Search: “vehicles”/);
    expect(text).toMatch(/File made \| \d{4}-\d{2}-\d{2}/);
    expect(text).toContain("/api/v1/observations?locale=en&format=xlsx&district=bda&q=vehicles");
    // The value column names the one unit of these rows; the units list gives its label.
    expect(about).toContainEqual([
      "Value",
      "value",
      expect.stringContaining("raw number"),
      "vehicles (vehicle)",
    ]);
    expect(about).toContainEqual(["vehicle", "vehicles", "", ""]);
    const sources = rowsOf(wb.getWorksheet("Sources")).map((r) => r.map(asCsv));
    expect(sources[0]).toEqual(expect.arrayContaining(["Title (as written)", "Publisher", "Link"]));
    // The vehicles figure cites src-b only: its publisher, its title not recorded (said so), its link.
    expect(sources.slice(1)).toEqual([
      [
        "src-b",
        "Pub B",
        "[title not recorded]",
        "date not recorded",
        "https://example.org/b",
        "",
        "en",
        "medium",
      ],
    ]);
  });

  it("leaves out the columns of hide, as the page's view does, in the CSV and the spreadsheet alike", async () => {
    const query = "locale=zh&hide=unit,as_of,id";
    const csv = parseCsv(await (await get("indicators", `${query}&for=excel`)).text());
    const wb = await workbook(await get("indicators", `${query}&format=xlsx`));
    const header = rowsOf(wb.worksheets[0])[0]?.map(asCsv);
    expect(header).toEqual(csv[0]);
    expect(header?.some((h) => /\[(unit|as_of|id)\]$/.test(h))).toBe(false);
    expect(header?.length).toBe(21 - 3);
    expect((await get("indicators", "hide=unit")).status).toBe(400);
  });

  it("answers the other lists and the change log, and a bad format is a 400 problem", async () => {
    for (const resource of ["directions", "districts", "sectors", "sources"]) {
      const wb = await workbook(await get(resource, "format=xlsx&locale=zh"));
      expect(wb.worksheets.map((w) => w.name).slice(1)).toEqual(["说明", "来源"]);
    }
    // The sources table's own sheet cannot share the name of the Sources sheet.
    expect((await workbook(await get("sources", "format=xlsx"))).worksheets[0]?.name).toBe("Sources (Rows)");
    const changes = await workbook(
      await changesResponse(new Request("http://test/api/v1/changes?format=xlsx&locale=ko"), ds),
    );
    const header = rowsOf(changes.worksheets[0])[0]?.map(asCsv);
    expect(header).toContain("이유 [reason]");
    expect(rowsOf(changes.worksheets[0]).length).toBe(ds.changes.length + 1);
    const bad = await get("indicators", "format=pdf");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect((await bad.json()).allowed).toEqual(["json", "csv", "xlsx"]);
    // Asked for by media type, too.
    const accepted = await listResponse(
      new Request("http://test/api/v1/sources", { headers: { accept: XLSX_TYPE } }),
      ds,
      "sources",
    );
    expect(accepted.headers.get("content-type")).toBe(XLSX_TYPE);
  });

  it("is the same bytes when built twice on the same day, so its ETag is stable", async () => {
    // Built at two moments of the day (the zip writer stamps entries with the clock unless told).
    vi.useFakeTimers({ toFake: ["Date"] });
    const input = () =>
      tableXlsxInput({
        ds,
        table: "targets",
        locale: "en",
        view: {
          filter: { ...EMPTY_FILTER },
          sort: [],
          hidden: null,
        },
        rows: tableRows(ds, "targets", "en"),
        selected: 1,
        total: 1,
        address: "/api/v1/targets?format=xlsx",
        day: "2026-12-01",
      });
    vi.setSystemTime(new Date("2026-12-01T08:00:00Z"));
    const first = Buffer.from(await buildXlsx(input()));
    vi.setSystemTime(new Date("2026-12-01T17:30:00Z"));
    const second = Buffer.from(await buildXlsx(input()));
    vi.useRealTimers();
    expect(first.equals(second)).toBe(true);
  });
});
