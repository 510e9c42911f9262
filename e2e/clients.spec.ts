/**
 * Real clients read the data whole: every CSV read with an independent parser (csv-parse) against the
 * JSON answer, row for row.
 */
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { TABLE_IDS } from "../lib/tables/columns";

/** Every list route, and the JSON address that holds all of its rows for comparison. */
const LISTS: [string, string][] = [
  ...TABLE_IDS.map((t): [string, string] => [t, `/api/v1/${t}?limit=10000`]),
  ...["directions", "districts", "sectors"].map((r): [string, string] => [r, `/api/v1/${r}`]),
  ["changes", "/api/v1/changes?limit=1000"],
];

/** A JSON value as the machine CSV writes it: numbers raw, nothing empty, a list joined with "; ". */
function asCsvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}

test("every CSV address read with no parameters holds every row, the same as the JSON answer", async ({
  request,
}) => {
  for (const [resource, jsonAddress] of LISTS) {
    const response = await request.get(`/api/v1/${resource}?format=csv`);
    expect(response.status(), resource).toBe(200);
    const records: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    const json = await (await request.get(jsonAddress)).json();
    const rows: Record<string, unknown>[] = json.data;
    expect(rows.length, resource).toBeGreaterThan(0);
    // No page cut: the file holds the whole selection, and says as much as the header does.
    expect(records.length, resource).toBe(json.total);
    const total = response.headers()["x-total-count"];
    if (total !== undefined) expect(Number(total), resource).toBe(records.length);
    records.forEach((record, i) => {
      const row = rows[i] ?? {};
      expect(Object.keys(record).length, resource).toBeGreaterThan(1);
      for (const [column, cell] of Object.entries(record))
        expect(cell, `${resource} row ${i} (${String(row.id ?? row.code)}) column ${column}`).toBe(
          asCsvCell(row[column]),
        );
    });
  }
});

test("limit and offset still cut a CSV when they are given", async ({ request }) => {
  const all = await request.get("/api/v1/observations?format=csv");
  const whole: Record<string, string>[] = parse(await all.text(), { columns: true });
  const response = await request.get("/api/v1/observations?format=csv&limit=5&offset=3");
  const page: Record<string, string>[] = parse(await response.text(), { columns: true });
  expect(page.map((r) => r.id)).toEqual(whole.slice(3, 8).map((r) => r.id));
  expect(Number(response.headers()["x-total-count"])).toBe(whole.length);
});
