/**
 * One truth: for any filter, the figure of an indicator is the same in the query result, the table rows,
 * the API's JSON and the API's CSV. Random filters over the test fixture (fast-check), which has series
 * broken down by district and sector, figures over several years and targets of every status group.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listResponse } from "@/lib/api/resources";
import { STATUS_GROUPS, TARGET_STATUSES } from "@/lib/domain/codes";
import { getVerdict } from "@/lib/queries/verdict";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { viewQuery } from "@/lib/filter/search-params";
import { indicatorViews } from "@/lib/queries/indicators";
import { select } from "@/lib/queries/select";
import { filterArbitrary, sub } from "@/lib/test/arbitraries";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { csvRecords } from "@/lib/test/parse-csv";
import { tableRows } from "./rows";

const ds = fixtureDataset();

const filters = filterArbitrary(ds);
const locales = fc.constantFrom("en" as const, "ko" as const, "zh" as const);

async function api(table: string, filter: Filter, locale: string, format: "json" | "csv") {
  const query = viewQuery({ filter, sort: [], hidden: null });
  const url = `http://test/api/v1/${table}?${query}${query ? "&" : ""}locale=${locale}&limit=10000&format=${format}`;
  const response = await listResponse(new Request(url), ds, table);
  expect(response.status, url).toBe(200);
  return response.text();
}

// Filters the random ones may miss: none at all, a district with its own series, two years.
const EXAMPLES: Filter[] = [
  EMPTY_FILTER,
  { ...EMPTY_FILTER, districts: ["haidian"] },
  { ...EMPTY_FILTER, years: [2022, 2024] },
];

describe("one truth across views", () => {
  it("an indicator's figure is the same in the query, the rows, the API JSON and the API CSV", async () => {
    // Equal empty lists prove nothing: count the runs that compared rows.
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(filters, locales, async (filter, locale) => {
        const fromQuery = indicatorViews(select(ds, filter), locale).listed.map((i) => ({
          id: i.id,
          value: i.latest?.value ?? null,
          as_of: i.latest?.asOf ?? null,
          observations: i.observations.length,
        }));
        const fromRows = tableRows(ds, "indicators", locale, filter).map((r) => ({
          id: r.id,
          value: r.values.value,
          as_of: r.values.as_of,
          observations: r.values.observations,
        }));
        expect(fromRows).toEqual(fromQuery);
        if (fromQuery.some((i) => i.value !== null)) compared++;
        const json: {
          data: { id: string; value: number | null; as_of: string | null; observations: number }[];
        } = JSON.parse(await api("indicators", filter, locale, "json"));
        expect(
          json.data.map(({ id, value, as_of, observations }) => ({ id, value, as_of, observations })),
        ).toEqual(fromQuery);
        const csv = csvRecords(await api("indicators", filter, locale, "csv"));
        expect(
          csv.map((r) => ({
            id: r.id,
            value: r.value === "" ? null : Number(r.value),
            as_of: r.as_of === "" ? null : r.as_of,
            observations: r.observations === "" ? null : Number(r.observations),
          })),
        ).toEqual(fromQuery);
      }),
      { numRuns: 60, examples: EXAMPLES.map((f): [Filter, "en"] => [f, "en"]) },
    );
    expect(compared).toBeGreaterThan(0);
  });

  it("every table lists the same records in its rows as in the API, for any filter", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(filters, async (filter) => {
        const sel = select(ds, filter);
        const observationIds = sel.observations
          .filter((o) => sel.indicators.some((i) => i.record.id === o.record.indicator))
          .map((o) => o.record.id)
          .sort();
        const rows = tableRows(ds, "observations", "en", filter);
        expect(rows.map((r) => r.id).sort()).toEqual(observationIds);
        const json: { data: { id: string }[]; total: number } = JSON.parse(
          await api("observations", filter, "en", "json"),
        );
        expect(json.total).toBe(rows.length);
        expect(json.data.map((d) => d.id).sort()).toEqual(observationIds);
        const measures = tableRows(ds, "measures", "en", filter)
          .map((r) => r.id)
          .sort();
        expect(measures).toEqual(sel.measures.map((m) => m.record.id).sort());
        if (observationIds.length > 0 && measures.length > 0) compared++;
      }),
      { numRuns: 60, examples: EXAMPLES.map((f): [Filter] => [f]) },
    );
    expect(compared).toBeGreaterThan(0);
  });

  it("the targets table, its API and the overview's counts agree under any filter, status included", async () => {
    let narrowed = 0;
    await fc.assert(
      fc.asyncProperty(filters, sub(TARGET_STATUSES), async (base, progress) => {
        const filter = { ...base, directions: [], progress };
        const rows = tableRows(ds, "targets", "en", filter);
        const json: { data: { id: string; target_status: string }[]; total: number } = JSON.parse(
          await api("targets", filter, "en", "json"),
        );
        expect(json.data.map((d) => d.id)).toEqual(rows.map((r) => r.id));
        // Counted without the status filter, each group is exactly the rows of its statuses.
        const counts = getVerdict(ds, "en", { ...filter, progress: [] }).counts;
        const all = tableRows(ds, "targets", "en", { ...filter, progress: [] });
        if (progress.length > 0) {
          // The status filter keeps exactly the rows of the chosen statuses, and the API says the same.
          const chosen = (status: unknown) => (progress as readonly unknown[]).includes(status);
          expect(rows.map((r) => r.id)).toEqual(
            all.filter((r) => chosen(r.values.target_status)).map((r) => r.id),
          );
          expect(json.data.every((d) => chosen(d.target_status))).toBe(true);
          if (json.data.length > 0 && json.data.length < all.length) narrowed++;
        }
        expect(counts.total).toBe(all.length);
        for (const g of STATUS_GROUPS)
          expect(counts[g.id]).toBe(
            all.filter((r) => (g.statuses as readonly string[]).includes(String(r.values.target_status)))
              .length,
          );
      }),
      {
        numRuns: 60,
        examples: [
          [EMPTY_FILTER, ["achieved"]],
          [EMPTY_FILTER, ["off-track", "overdue"]],
        ],
      },
    );
    expect(narrowed).toBeGreaterThan(0);
  });

  it("finds a target of every status group in the fixture, so the counts above are not all zero", () => {
    expect(getVerdict(ds, "en").counts).toEqual({
      total: 6,
      achieved: 1,
      "on-track": 1,
      behind: 1,
      overdue: 2,
      "not-enough-data": 1,
    });
  });

  it("counts the observations of each indicator in its row (never empty)", () => {
    const rows = tableRows(ds, "indicators", "en", EMPTY_FILTER);
    expect(rows.find((r) => r.id === "ad-vehicles")?.values.observations).toBe(5);
    expect(rows.find((r) => r.id === "ai-output")?.values.observations).toBe(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBe(ds.indicators.length);
    expect(rows.every((r) => typeof r.values.observations === "number")).toBe(true);
  });
});
