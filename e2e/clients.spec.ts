/**
 * Real clients read the data whole: every CSV read with an independent parser (csv-parse) against the
 * JSON answer, row for row; the data package read by Frictionless's own JavaScript libraries.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { readPackage } from "../lib/test/frictionless";
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

test("Frictionless reads the package, zipped and by address, with types, formats and relations, in every language", async ({
  request,
  baseURL,
}) => {
  test.slow();
  for (const locale of ["en", "ko", "zh"]) {
    const zip = await request.get(`/api/v1/datapackage?locale=${locale}`);
    expect(zip.status()).toBe(200);
    const dir = await mkdtemp(path.join(tmpdir(), "bjai-e2e-pkg-"));
    try {
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(await zip.body()))))
        await writeFile(path.join(dir, name), bytes);
      const read = await readPackage(path.join(dir, "datapackage.json"));
      const rows = read.rows;
      // Every table as the API has it, and keys that were followed (relations turn a key into its row).
      for (const table of TABLE_IDS) {
        const api = await (await request.get(`/api/v1/${table}?locale=${locale}&limit=1`)).json();
        expect(rows[table]?.length, `${locale} ${table}`).toBe(api.total);
      }
      expect(read.foreignKeys.length).toBeGreaterThanOrEqual(10);
      expect(rows.observations?.[0]?.indicator_id).toMatchObject({ id: expect.any(String) });
      expect(rows.measures_sources?.[0]?.source_id).toMatchObject({ publisher: expect.anything() });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  // By address: the descriptor and its CSVs fetched over HTTP, as `frictionless validate <url>` would.
  const byAddress = await readPackage(`${baseURL}/api/v1/datapackage/zh/datapackage.json`);
  expect(byAddress.rows.measures?.length).toBeGreaterThan(0);
  expect(byAddress.rows.units?.length).toBeGreaterThan(0);
});
