/**
 * CSV writer for every export (buttons, API, data package): RFC 4180 (comma, CRLF, quoted fields with
 * doubled quotes), UTF-8 with a byte-order mark so Excel reads Chinese and Korean, and no formula
 * injection: a text cell starting with = + - @ tab or CR is prefixed with an apostrophe. Numbers are
 * written raw (no grouping) and are never altered, negative ones included.
 */
import type { Primitive } from "@/lib/tables/types";

export const BOM = "\uFEFF";
const RISKY_START = /^[=+\-@\t\r]/;

export function csvField(value: Primitive): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = RISKY_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly Primitive[]>,
  { bom = true } = {},
): string {
  const lines: string[] = [header.map(csvField).join(",")];
  for (const row of rows) lines.push(row.map(csvField).join(","));
  return (bom ? BOM : "") + lines.join("\r\n") + "\r\n";
}

/** "Value [value]": the label in the reader's language and the stable column code. */
export function headerLabel(label: string, code: string): string {
  return `${label} [${code}]`;
}

/** beijing-ai-indicators_district-haidian_2026-11-24.csv */
export function csvFileName(table: string, filterPart: string, date: Date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  return [`beijing-ai-${table}`, filterPart, day].filter((p) => p !== "").join("_") + ".csv";
}
