/**
 * The CSV writer of every export, in two flavours (RFC 4180 both: comma, CRLF, quoted fields with
 * doubled quotes; numbers raw, with no grouping):
 * - "machine" (the API's CSV, the data package): values exactly as they are, UTF-8 without a BOM.
 * - "people" (Export view / Export all, the API's ?for=excel): a byte-order mark so Excel reads Chinese
 *   and Korean, and text a spreadsheet would run as a formula neutralised with a leading apostrophe.
 * A list column's values share one cell, joined with LIST_SEPARATOR ("; ").
 */
import { cellScalar, type CellValue } from "@/lib/tables/columns";

export const BOM = "\uFEFF";
export type CsvFlavour = "machine" | "people";

/**
 * Text a spreadsheet may run as a formula: any part of it (the whole, or a piece after a "|" or ";",
 * which some spreadsheets split on) that starts, after blanks or invisible characters (spaces, NBSP,
 * zero-width spaces, a BOM), with = + - @, their fullwidth forms, a tab or a line break.
 */
const RISKY_START = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/;

const SEPARATOR = /[|;]/;

export function isRiskyText(value: string): boolean {
  if (RISKY_START.test(value)) return true;
  // Most cells have no separator: only those are split (this runs on every cell of 100,000 rows).
  return SEPARATOR.test(value) && value.split(SEPARATOR).some((part) => RISKY_START.test(part));
}

export function csvField(cell: CellValue, flavour: CsvFlavour = "people"): string {
  const value = cellScalar(cell);
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = flavour === "people" && isRiskyText(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  flavour: CsvFlavour = "people",
): string {
  const lines: string[] = [header.map((h) => csvField(h, flavour)).join(",")];
  for (const row of rows) lines.push(row.map((v) => csvField(v, flavour)).join(","));
  return (flavour === "people" ? BOM : "") + lines.join("\r\n") + "\r\n";
}

/** "Value [value]": the label in the reader's language and the stable column code. */
export function headerLabel(label: string, code: string): string {
  return `${label} [${code}]`;
}

/** Letters and digits of any script, dashes between words: a file name from a title in any language. */
export function fileSafe(text: string, max = 80): string {
  return text
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max);
}

/**
 * beijing-ai-indicators_district-haidian_2026-11-24.csv (or .xlsx): an export's file name; the table's
 * name in the reader's language where the page shows it (beijing-ai-지표_…, beijing-ai-指标_…).
 */
export function exportFileName(
  table: string,
  filterPart: string,
  ext: "csv" | "xlsx" = "csv",
  date: Date = new Date(),
): string {
  const day = date.toISOString().slice(0, 10);
  const name = fileSafe(table).toLocaleLowerCase() || "table";
  return [`beijing-ai-${name}`, filterPart, day].filter((p) => p !== "").join("_") + `.${ext}`;
}
