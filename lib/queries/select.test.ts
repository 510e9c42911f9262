import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/data/read";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { indicatorViews } from "./indicators";
import { select } from "./select";

const result = readDataset();
if (!result.ok) throw new Error("data/ is invalid");
const ds = result.dataset;
const latest = (filter: typeof EMPTY_FILTER, id: string) =>
  indicatorViews(select(ds, filter), "en").listed.find((i) => i.id === id)?.latest;

describe("select, on the real dataset", () => {
  it("shows an indicator's latest figure within the chosen years", () => {
    // The bug this layer fixes: a page showed about 300 vehicles for 2022 while the table showed 900 (2024).
    expect(latest({ ...EMPTY_FILTER, years: [2022] }, "ad-vehicles")).toMatchObject({
      value: 300,
      asOf: "2022-03",
    });
    expect(latest({ ...EMPTY_FILTER, years: [2023] }, "ad-vehicles")).toMatchObject({ value: 775 });
    expect(latest(EMPTY_FILTER, "ad-vehicles")).toMatchObject({ value: 900, asOf: "2024-10" });
  });

  it("sets aside indicators with no figure in the chosen years, naming them", () => {
    const sel = select(ds, { ...EMPTY_FILTER, years: [2019] });
    expect(sel.indicators.length).toBeGreaterThan(0);
    expect(sel.indicators.every((i) => i.observations.length > 0)).toBe(true);
    expect(sel.withoutFigures.map((i) => i.record.id)).toContain("core-ai-firms");
  });

  it("keeps city-wide series under a district filter, flagged, and drops other districts' series", () => {
    const sel = select(ds, { ...EMPTY_FILTER, districts: ["haidian"] });
    const ids = sel.indicators.map((i) => i.record.id);
    expect(ids).toContain("haidian-model-area");
    expect(ids).not.toContain("ad-vehicles");
    expect(sel.indicators.find((i) => i.record.id === "core-ai-firms")?.unbroken).toEqual(["district"]);
  });

  it("narrows measures by status and leaves indicators alone", () => {
    const sel = select(ds, { ...EMPTY_FILTER, statuses: ["completed"] });
    expect(sel.measures.length).toBeGreaterThan(0);
    expect(sel.measures.every((m) => m.record.status === "completed")).toBe(true);
    expect(sel.indicators.length).toBe(ds.indicators.length);
  });

  it("makes a selection once per dataset and filter", () => {
    expect(select(ds, { ...EMPTY_FILTER, districts: ["bda", "haidian"] })).toBe(
      select(ds, { ...EMPTY_FILTER, districts: ["haidian", "bda"], q: "ignored" }),
    );
  });
});
