import { describe, expect, it } from "vitest";
import {
  compileFilter,
  describeFilter,
  EMPTY_FILTER,
  fitOf,
  foldText,
  FILTER_DIMENSIONS,
  restrictFilter,
  valuesOf,
  withValues,
  type Facets,
} from "./filter";

const facets = (f: Partial<Facets>): Facets => ({
  districts: null,
  sectors: null,
  directions: [],
  status: null,
  years: [],
  ...f,
});
const ALL = ["district", "sector", "direction", "status", "year"] as const;

describe("the filter test", () => {
  it("keeps a record about a chosen district and leaves out one about another district", () => {
    const filter = { ...EMPTY_FILTER, districts: ["haidian"] };
    expect(fitOf(facets({ districts: ["haidian", "chaoyang"] }), filter, ALL)).toEqual([]);
    expect(fitOf(facets({ districts: ["bda"] }), filter, ALL)).toBe(false);
  });

  it("keeps a city-wide record under a district filter, saying it is not broken down by district", () => {
    // A city-wide figure neither vanishes nor silently counts as Haidian's.
    expect(fitOf(facets({}), { ...EMPTY_FILTER, districts: ["haidian"] }, ALL)).toEqual(["district"]);
    expect(
      fitOf(facets({}), { ...EMPTY_FILTER, districts: ["haidian"], sectors: ["robotics"] }, ALL),
    ).toEqual(["district", "sector"]);
  });

  it("leaves out undated records under a year filter and records without a status under a status filter", () => {
    expect(fitOf(facets({ years: [] }), { ...EMPTY_FILTER, years: [2022] }, ALL)).toBe(false);
    expect(fitOf(facets({ years: [2022] }), { ...EMPTY_FILTER, years: [2021, 2022] }, ALL)).toEqual([]);
    expect(fitOf(facets({}), { ...EMPTY_FILTER, statuses: ["pilot"] }, ALL)).toBe(false);
    expect(fitOf(facets({ status: "pilot" }), { ...EMPTY_FILTER, statuses: ["pilot"] }, ALL)).toEqual([]);
  });

  it("ignores dimensions that do not apply to the kind of record", () => {
    // Indicators are not narrowed by status: the status filter is for measures.
    expect(fitOf(facets({}), { ...EMPTY_FILTER, statuses: ["pilot"] }, ["district", "direction"])).toEqual(
      [],
    );
    expect(compileFilter({ ...EMPTY_FILTER, statuses: ["pilot"] }, ["district"])).toBeNull();
  });

  it("keeps only a page's own dimensions of a filter", () => {
    const filter = { ...EMPTY_FILTER, statuses: ["pilot" as const], years: [2022], q: "x" };
    expect(restrictFilter(filter, ["year"])).toEqual({ ...EMPTY_FILTER, years: [2022], q: "x" });
  });
});

describe("text search", () => {
  it("folds case and character width, so a search ignores both", () => {
    expect(foldText("ＡＩ")).toBe("ai");
    expect(foldText("Core AI enterprises")).toContain(foldText("ＡＩ"));
    expect(foldText("Core AI enterprises")).not.toContain(foldText("robot"));
  });
});

describe("describeFilter", () => {
  it("names the active filters for a file name", () => {
    expect(
      describeFilter({ ...EMPTY_FILTER, districts: ["haidian", "bda"], years: [2022], q: "AI 기업" }),
    ).toBe("district-haidian+bda_year-2022_search-AI-기업");
  });
});

describe("one mapping of dimensions to filter lists", () => {
  it("reads back every dimension's values as they were set, and sets no other dimension", () => {
    const values = {
      district: ["haidian"],
      sector: ["smart-city"],
      direction: ["talent"],
      status: ["in-operation"],
      progress: ["achieved"],
      year: ["2024"],
    } as const;
    for (const dim of FILTER_DIMENSIONS) {
      const filter = withValues(EMPTY_FILTER, dim, values[dim]);
      expect(valuesOf(filter, dim)).toEqual(values[dim]);
      const others = FILTER_DIMENSIONS.filter((d) => d !== dim);
      expect(others.length).toBeGreaterThan(0);
      expect(others.every((d) => valuesOf(filter, d).length === 0)).toBe(true);
    }
    expect(withValues(EMPTY_FILTER, "year", ["2024"]).years).toEqual([2024]);
  });

  it("keeps every chosen dimension when a page applies all of them", () => {
    let filter = EMPTY_FILTER;
    for (const dim of FILTER_DIMENSIONS) filter = withValues(filter, dim, dim === "year" ? ["2023"] : ["x"]);
    expect(restrictFilter(filter, FILTER_DIMENSIONS)).toEqual(filter);
    expect(restrictFilter(filter, [])).toEqual({ ...EMPTY_FILTER, q: filter.q });
  });
});
