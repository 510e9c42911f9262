import { describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { filterRows, unbrokenDimensions } from "./filter";
import type { RowDims, TableRow } from "./types";

function row(id: string, dims: Partial<RowDims>, name = id): TableRow {
  return {
    id,
    dims: { districts: null, sectors: null, directions: [], status: null, years: [], ...dims },
    values: { name },
  };
}

const rows = [
  row("haidian", { districts: ["haidian"], years: [2019] }, "Haidian share of AI firms"),
  row("bda", { districts: ["bda"], sectors: ["autonomous-driving"], years: [2023] }, "Robotaxi fleet"),
  row("city", { years: [2022] }, "Core AI enterprises"),
  row(
    "measure",
    {
      districts: ["haidian", "chaoyang"],
      status: "in-operation",
      directions: ["application"],
      years: [2022],
    },
    "City brain",
  ),
];
const ids = (rs: readonly TableRow[]) => rs.map((r) => r.id);

describe("filterRows", () => {
  it("keeps rows in the district, and rows with no district breakdown", () => {
    // A city-wide figure neither vanishes nor silently counts as Haidian's: it stays and is flagged.
    const filter = { ...EMPTY_FILTER, districts: ["haidian"] };
    expect(ids(filterRows(rows, filter, ["district"]))).toEqual(["haidian", "city", "measure"]);
    expect(unbrokenDimensions(rows[2] as TableRow, filter, ["district"])).toEqual(["district"]);
    expect(unbrokenDimensions(rows[0] as TableRow, filter, ["district"])).toEqual([]);
  });

  it("matches any of several selected values", () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, districts: ["bda", "chaoyang"] }, ["district"]))).toEqual([
      "bda",
      "city",
      "measure",
    ]);
  });

  it("combines dimensions with AND", () => {
    const filter = { ...EMPTY_FILTER, districts: ["haidian"], years: [2022] };
    expect(ids(filterRows(rows, filter, ["district", "year"]))).toEqual(["city", "measure"]);
  });

  it("drops rows without a status when filtering by status", () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, statuses: ["in-operation"] }, ["status"]))).toEqual([
      "measure",
    ]);
  });

  it("ignores dimensions the table does not have", () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, statuses: ["pilot"] }, ["district"])).toHaveLength(4);
  });

  it("keeps each row's search text with its own row, whichever array it is searched in", () => {
    // The search texts are cached beside each rows array; a subset or a reordered copy must not
    // borrow the texts of the rows that happened to sit at the same positions in another array.
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, q: "city" }, []))).toEqual(["measure"]);
    const reversed = [...rows].reverse();
    expect(ids(filterRows(reversed, { ...EMPTY_FILTER, q: "city" }, []))).toEqual(["measure"]);
    expect(ids(filterRows(reversed.slice(1), { ...EMPTY_FILTER, q: "robotaxi" }, []))).toEqual(["bda"]);
  });

  it("combines a search with the dimensions", () => {
    const filter = { ...EMPTY_FILTER, districts: ["bda"], q: "fleet" };
    expect(ids(filterRows(rows, filter, ["district"]))).toEqual(["bda"]);
    expect(ids(filterRows(rows, { ...filter, districts: ["haidian"] }, ["district"]))).toEqual([]);
  });

  it("searches text case- and width-insensitively", () => {
    expect(ids(filterRows(rows, { ...EMPTY_FILTER, q: "ＲＯＢＯ" }, []))).toEqual(["bda"]);
  });
});
