/**
 * Rows shaped once: every table's rows come from its query view (no record joined again), the counts come
 * from the selection (no row built to count them), the "not broken down" notes come with the rows from the
 * server's selection, and the API's JSON and CSV are those same rows for the same filter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowsCsv } from "@/lib/api/files";
import { listResponse, serializeRow } from "@/lib/api/resources";
import { EMPTY_FILTER, fitOf, restrictFilter, type Filter } from "@/lib/filter/filter";
import { viewQuery } from "@/lib/filter/search-params";
import { indicatorViews } from "@/lib/queries/indicators";
import { measureViews } from "@/lib/queries/measures";
import { select } from "@/lib/queries/select";
import { filterArbitrary } from "@/lib/test/arbitraries";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { hasRowNotes, TABLE_IDS, TABLES, type TableId } from "./columns";
import { rowCount, tableRow, tableRows, tableTotal } from "./rows";

const ds = fixtureDataset();

const filters = filterArbitrary(ds);
const tables = fc.constantFrom(...TABLE_IDS);

const HAIDIAN: Filter = { ...EMPTY_FILTER, districts: ["haidian"] };
const EXAMPLES: Filter[] = [
  EMPTY_FILTER,
  HAIDIAN,
  { ...EMPTY_FILTER, sectors: ["large-models"], years: [2024] },
];

async function api(table: TableId, filter: Filter, format: "json" | "csv") {
  const query = viewQuery({ filter, sort: [], hidden: null });
  const url = `http://test/api/v1/${table}?${query}${query ? "&" : ""}locale=en&limit=10000&format=${format}`;
  const response = await listResponse(new Request(url), ds, table);
  expect(response.status, url).toBe(200);
  return { body: await response.text(), total: response.headers.get("x-total-count") };
}

describe("rows shaped once", () => {
  it("counts every table's rows on the selection, with no row built, for any filter", () => {
    fc.assert(
      fc.property(filters, tables, (filter, table) => {
        expect(rowCount(select(ds, filter), table)).toBe(tableRows(ds, table, "en", filter).length);
      }),
      { numRuns: 120, examples: EXAMPLES.map((f): [Filter, TableId] => [f, "observations"]) },
    );
    for (const table of TABLE_IDS) {
      const all = tableRows(ds, table, "en").length;
      expect(all, table).toBeGreaterThan(0);
      expect(tableTotal(ds, table), table).toBe(all);
    }
  });

  it("carries the notes the server's selection found, the very test the browser used to run", () => {
    let noted = 0;
    fc.assert(
      fc.property(filters, tables, (filter, table) => {
        for (const row of tableRows(ds, table, "en", filter)) {
          const fit = hasRowNotes(table) ? fitOf(row.facets, filter, ["district", "sector"]) : [];
          expect(row.notes, `${table} ${row.id}`).toEqual(fit === false ? [] : fit);
          if (row.notes.length > 0) noted++;
        }
      }),
      { numRuns: 120, examples: EXAMPLES.map((f): [Filter, TableId] => [f, "indicators"]) },
    );
    expect(noted).toBeGreaterThan(0);
  });

  it("takes each row's notes and facets from its query view, not from a second look at the records", () => {
    const sel = select(ds, HAIDIAN);
    const views = indicatorViews(sel, "en").listed;
    const rows = tableRows(ds, "indicators", "en", HAIDIAN);
    expect(rows.map((r) => [r.id, r.notes, r.facets])).toEqual(
      views.map((v) => [v.id, v.unbroken, v.facets]),
    );
    // A city-wide series stays under a district filter and says it is not broken down by district.
    expect(rows.some((r) => r.notes.includes("district"))).toBe(true);
    const measures = tableRows(ds, "measures", "en", HAIDIAN);
    expect(measures.map((r) => [r.id, r.notes])).toEqual(
      measureViews(sel, "en").map((m) => [m.id, m.unbroken]),
    );
    // A figure says what its series could not be narrowed on.
    const series = new Map(rows.map((r) => [r.id, r.notes]));
    for (const o of tableRows(ds, "observations", "en", HAIDIAN))
      expect(o.notes).toEqual(series.get(String(o.values.indicator_id)));
  });

  it("serves the same rows in the API's JSON and CSV as the table shows for the filter", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(filters, tables, async (filter, table) => {
        // The filter as the table's page applies it: the table's own dimensions.
        const own = restrictFilter(filter, TABLES[table].dimensions);
        const rows = tableRows(ds, table, "en", own);
        const json: { data: unknown[]; total: number } = JSON.parse((await api(table, own, "json")).body);
        expect(json.total).toBe(rows.length);
        expect(json.data).toEqual(JSON.parse(JSON.stringify(rows.map(serializeRow))));
        const csv = await api(table, own, "csv");
        expect(csv.total).toBe(String(rows.length));
        expect(csv.body).toBe(rowsCsv(table, rows, "machine", "en"));
        if (rows.length > 0) compared++;
      }),
      { numRuns: 40, examples: EXAMPLES.map((f): [Filter, TableId] => [f, "targets"]) },
    );
    expect(compared).toBeGreaterThan(0);
  });

  it("finds a record's row by its id, the same row the table lists", () => {
    for (const table of TABLE_IDS) {
      const rows = tableRows(ds, table, "zh");
      for (const row of rows) expect(tableRow(ds, table, "zh", row.id)).toBe(row);
      expect(tableRow(ds, table, "zh", "no-such-record")).toBeUndefined();
    }
  });
});
