/**
 * A spreadsheet (XLSX, written by exceljs) of a list's rows, in the reader's language:
 * 1. the rows, exactly the columns and cells of the CSV for the same request: numbers as numbers, full
 *    dates as dates (a year or a month alone stays text: no day is made up), links as links, the header
 *    frozen, filterable and the columns sized;
 * 2. "About": what made the file (filter, rows, dataset version, dates, address), then what each column
 *    means and its unit, and the units the rows use;
 * 3. "Sources": every source the rows cite: publisher, title as written, date, link.
 * Server only: exceljs never reaches the browser (npm run check:bundle guards it).
 */
import "server-only";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import type { SourceRecord } from "@/lib/domain/schema";
import type { Locale, Unit } from "@/lib/domain/codes";
import { unitLabel } from "@/lib/format/format";
import { pick } from "@/lib/format/localize";
import { translator } from "@/lib/i18n/translator";
import { cellScalar, type CellValue } from "@/lib/tables/columns";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface XlsxColumn {
  code: string;
  /** The header cell: "Label [code]", as the spreadsheet CSV has it. */
  header: string;
  label: string;
  help: string;
  unit: string;
  kind: "number" | "date" | "url" | "text";
}

export interface XlsxInput {
  locale: Locale;
  /** The data sheet's name, e.g. the table's name. */
  sheet: string;
  title: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly CellValue[])[];
  /** What made the file, as label and text: filter, rows, version, dates, address. */
  about: readonly [string, string][];
  units: readonly Unit[];
  sources: readonly SourceRecord[];
  /** The day the file is made (YYYY-MM-DD): its stated date, and the timestamp inside the file. */
  day: string;
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A full ISO date as a date (midnight UTC, which is how Excel's serial dates count); anything else null. */
function asDate(text: string): Date | null {
  const m = FULL_DATE.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

type Cell = ExcelJS.CellValue;

function toCell(value: CellValue, kind: XlsxColumn["kind"]): Cell {
  const v = cellScalar(value);
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (kind === "date") return asDate(v) ?? v;
  if (kind === "url" && /^https?:\/\/\S+$/.test(v)) return { text: v, hyperlink: v };
  return v;
}

/** Characters a sheet name may not hold, and its length limit. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/** A column's width in characters: its longest text (CJK counts double), within bounds. */
function width(texts: readonly string[], min = 8, max = 60): number {
  const longest = Math.max(
    0,
    ...texts.map((t) => [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  return Math.min(max, Math.max(min, longest + 2));
}

function textOf(cell: Cell): string {
  if (cell instanceof Date) return "yyyy-mm-dd";
  if (cell !== null && typeof cell === "object" && "text" in cell) return String(cell.text);
  return cell === null || cell === undefined ? "" : String(cell);
}

/** Header row bold, frozen and filterable; widths from the contents; dates shown as dates. */
function table(ws: ExcelJS.Worksheet, header: readonly string[], rows: readonly Cell[][], wrap?: number) {
  ws.addRow([...header]).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  ws.views = [{ state: "frozen", ySplit: ws.rowCount - rows.length }];
  header.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = i === wrap ? 80 : width([h, ...rows.map((r) => textOf(r[i] ?? null))]);
    if (i === wrap) column.alignment = { wrapText: true, vertical: "top" };
    if (rows.some((r) => r[i] instanceof Date)) column.numFmt = "yyyy-mm-dd";
  });
}

function dataSheet(wb: ExcelJS.Workbook, input: XlsxInput) {
  const t = translator(input.locale);
  // The sources table's rows would take the name of the Sources sheet: they are called its rows instead.
  const taken = [t("spreadsheet.aboutSheet"), t("spreadsheet.sourcesSheet")].map((n) => n.toLowerCase());
  const name = taken.includes(input.sheet.toLowerCase())
    ? `${input.sheet} (${t("spreadsheet.rows")})`
    : input.sheet;
  const ws = wb.addWorksheet(sheetName(name));
  const cells = input.rows.map((r) => input.columns.map((c, i) => toCell(r[i] ?? null, c.kind)));
  table(
    ws,
    input.columns.map((c) => c.header),
    cells,
  );
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, input.columns.length) } };
}

function aboutSheet(wb: ExcelJS.Workbook, input: XlsxInput) {
  const t = translator(input.locale);
  const ws = wb.addWorksheet(sheetName(t("spreadsheet.aboutSheet")));
  ws.addRow([input.title]).font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const [label, value] of input.about) ws.addRow([label, value]).getCell(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow([t("spreadsheet.columnsHeading")]).font = { bold: true, size: 12 };
  const head = ws.addRow([
    t("spreadsheet.column"),
    t("spreadsheet.code"),
    t("spreadsheet.meaning"),
    t("spreadsheet.unit"),
  ]);
  head.font = { bold: true };
  for (const c of input.columns) ws.addRow([c.label, c.code, c.help, c.unit]);
  if (input.units.length > 0) {
    ws.addRow([]);
    ws.addRow([t("spreadsheet.unitsHeading")]).font = { bold: true, size: 12 };
    ws.addRow([t("spreadsheet.code"), t("spreadsheet.unitLabel")]).font = { bold: true };
    for (const u of input.units) ws.addRow([u, unitLabel(u, input.locale)]);
  }
  ws.addRow([]);
  for (const note of [t("spreadsheet.datesNote"), t("spreadsheet.textNote")]) ws.addRow([note]);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = width(
    input.columns.map((c) => c.code).concat(input.about.map(([, v]) => v)),
    16,
    60,
  );
  ws.getColumn(3).width = 80;
  ws.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  ws.getColumn(4).width = 28;
}

function sourcesSheet(wb: ExcelJS.Workbook, input: XlsxInput) {
  const t = translator(input.locale);
  const ws = wb.addWorksheet(sheetName(t("spreadsheet.sourcesSheet")));
  const header = [
    t("columns.id"),
    t("columns.publisher"),
    t("spreadsheet.titleAsWritten"),
    t("columns.date"),
    t("columns.url"),
    t("columns.retrieved_from"),
    t("columns.language"),
    t("columns.confidence"),
  ];
  const rows = input.sources.map((s): Cell[] => [
    s.id,
    s.publisher ? pick(s.publisher, input.locale) : `[${t("source.publisherNotRecorded")}]`,
    s.title ?? `[${t("source.titleNotRecorded")}]`,
    s.published ? (asDate(s.published) ?? s.published) : t("source.dateNotRecorded"),
    s.url ? { text: s.url, hyperlink: s.url } : null,
    s.retrievedFrom ? { text: s.retrievedFrom, hyperlink: s.retrievedFrom } : null,
    s.language,
    s.confidence,
  ]);
  table(ws, header, rows);
  if (rows.length === 0) ws.addRow([t("spreadsheet.noSources")]);
}

/** The same bytes for the same contents and day: zip entries get the day as their time, not the clock's. */
function normalise(xlsx: Uint8Array, day: Date): Uint8Array {
  return zipSync(unzipSync(xlsx), { level: 6, mtime: day });
}

export async function buildXlsx(input: XlsxInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const day = new Date(`${input.day}T00:00:00Z`);
  wb.creator = translator(input.locale)("meta.title");
  wb.created = day;
  wb.modified = day;
  dataSheet(wb, input);
  aboutSheet(wb, input);
  sourcesSheet(wb, input);
  const written = await wb.xlsx.writeBuffer();
  return normalise(new Uint8Array(written), day);
}
