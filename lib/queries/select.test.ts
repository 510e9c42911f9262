import { describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { indicatorViews } from "./indicators";
import { select } from "./select";

const ds = fixtureDataset();
const latest = (filter: typeof EMPTY_FILTER, id: string) =>
  indicatorViews(select(ds, filter), "en").listed.find((i) => i.id === id)?.latest;

describe("select, on the test fixture", () => {
  it("shows an indicator's latest figure within the chosen years", () => {
    // The bug this layer fixes: a page showed the fleet's 2022 figure while the table showed the 2024 one.
    expect(latest({ ...EMPTY_FILTER, years: [2022] }, "ad-vehicles")).toMatchObject({
      value: 10,
      asOf: "2022-03",
    });
    expect(latest({ ...EMPTY_FILTER, years: [2023] }, "ad-vehicles")).toMatchObject({
      value: 30,
      asOf: "2023-12",
    });
    expect(latest(EMPTY_FILTER, "ad-vehicles")).toMatchObject({ value: 50, asOf: "2024-10" });
  });

  it("sets aside indicators with no figure in the chosen years, naming them", () => {
    const sel = select(ds, { ...EMPTY_FILTER, years: [2019] });
    expect(sel.indicators.map((i) => i.record.id).sort()).toEqual(["ai-related-output", "haidian-area"]);
    expect(sel.indicators.every((i) => i.observations.length > 0)).toBe(true);
    // Only its 2019 figure, not the whole series.
    expect(
      sel.indicators.find((i) => i.record.id === "haidian-area")?.observations.map((o) => o.asOf),
    ).toEqual(["2019"]);
    expect(sel.withoutFigures.map((i) => i.record.id)).toContain("firms");
  });

  it("keeps city-wide series under a district filter, flagged, and drops other districts' series", () => {
    const sel = select(ds, { ...EMPTY_FILTER, districts: ["haidian"] });
    const ids = sel.indicators.map((i) => i.record.id);
    expect(ids).toEqual(expect.arrayContaining(["haidian-area", "haidian-parks"]));
    expect(ids).not.toContain("ad-vehicles");
    expect(sel.indicators.find((i) => i.record.id === "firms")?.unbroken).toEqual(["district"]);
    // A series about the district itself is narrowed, not flagged.
    expect(sel.indicators.find((i) => i.record.id === "haidian-area")?.unbroken).toEqual([]);
    // Measures too: the one about Haidian stays, the zone's go, one about no district stays, flagged.
    const measures = new Map(sel.measures.map((m) => [m.record.id, m.unbroken]));
    expect([...measures.keys()].sort()).toEqual(["ended-programme", "model-measures"]);
    expect(measures.get("ended-programme")).toEqual(["district"]);
    // A district no series is about leaves the city-wide series alone.
    const none = select(ds, { ...EMPTY_FILTER, districts: ["chaoyang"] }).indicators;
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((i) => i.unbroken.includes("district"))).toBe(true);
  });

  it("narrows series and measures by sector, wherever the sector is recorded", () => {
    const sel = select(ds, { ...EMPTY_FILTER, sectors: ["autonomous-driving"] });
    const ids = sel.indicators.map((i) => i.record.id);
    // The fleet's sector is set on the indicator; the Haidian series' on each figure.
    expect(ids).toContain("ad-vehicles");
    expect(ids).not.toContain("haidian-area");
    // Measures of that sector stay; one of no sector stays, flagged; one of another sector goes.
    const measures = new Map(sel.measures.map((m) => [m.record.id, m.unbroken]));
    expect(measures.get("robotaxi")).toEqual([]);
    expect(measures.get("zone-opened")).toEqual([]);
    expect(measures.get("ended-programme")).toEqual(["sector"]);
    expect(measures.has("model-measures")).toBe(false);
    const models = select(ds, { ...EMPTY_FILTER, sectors: ["large-models"] });
    expect(models.indicators.map((i) => i.record.id)).toEqual(expect.arrayContaining(["haidian-area"]));
    expect(models.indicators.map((i) => i.record.id)).not.toContain("ad-vehicles");
  });

  it("narrows measures by status and leaves indicators alone", () => {
    const sel = select(ds, { ...EMPTY_FILTER, statuses: ["completed"] });
    expect(sel.measures.map((m) => m.record.id)).toEqual(["model-measures"]);
    expect(sel.measures.every((m) => m.record.status === "completed")).toBe(true);
    expect(sel.indicators.length).toBe(ds.indicators.length);
    // A plan whose period has run out is filtered as "period ended", not as its recorded status.
    expect(
      select(ds, { ...EMPTY_FILTER, statuses: ["period-ended"] }).measures.map((m) => m.record.id),
    ).toEqual(["ended-programme"]);
  });

  it("makes a selection once per dataset and filter", () => {
    expect(select(ds, { ...EMPTY_FILTER, districts: ["bda", "haidian"] })).toBe(
      select(ds, { ...EMPTY_FILTER, districts: ["haidian", "bda"], q: "ignored" }),
    );
  });
});
