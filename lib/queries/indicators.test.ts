import { describe, expect, it } from "vitest";
import type { IndicatorRecord, ObservationRecord } from "@/lib/domain/schema";
import { changeOf } from "./indicators";
import type { ObservationView } from "./views";

const ind: IndicatorRecord = {
  id: "x",
  direction: "foundations",
  kind: "money",
  unit: "yuan-bn",
  label: { en: "x", ko: "x", zh: "x" },
  definition: { en: "x", ko: "x", zh: "x" },
  definitionId: "x",
  headline: null,
  companion: null,
  laterCount: null,
  updateEveryMonths: null,
  sector: null,
  area: "beijing",
};
const view = (
  value: number,
  qualifier: ObservationView["qualifier"],
  asOf: string,
): Pick<ObservationView, "value" | "qualifier" | "asOf"> => ({ value, qualifier, asOf });
const record = (
  seriesBreak = false,
  noChange: ObservationRecord["noChange"] = null,
): Pick<ObservationRecord, "seriesBreak" | "noChange"> => ({ seriesBreak, noChange });

describe("changeOf", () => {
  it("computes a change between two exact figures of one series", () => {
    const { change } = changeOf(view(186, "exact", "2020"), view(200, "exact", "2021"), record(), ind, "en");
    expect(change?.delta).toBe(14);
  });

  it("computes no change from or to a bound, and says why", () => {
    // "Over 250" to "over 300" is not +50: either figure may be any amount above its bound.
    expect(changeOf(view(250, "over", "2023"), view(300, "exact", "2024"), record(), ind, "en")).toEqual({
      change: null,
      noChange: "bound",
    });
  });

  it("computes no change across a series break", () => {
    expect(changeOf(view(1, "exact", "2022"), view(2, "exact", "2023"), record(true), ind, "en")).toEqual({
      change: null,
      noChange: "series-break",
    });
  });
  it("computes no change between figures that may be counted differently (two outlets, two wordings)", () => {
    // 332 (one outlet) then 329 (another) is not a fall of 3; 73 "products" then 147 "apps" is not +74.
    expect(
      changeOf(
        view(332, "exact", "2022-03"),
        view(329, "exact", "2022-09"),
        record(false, "other-outlet"),
        ind,
        "en",
      ),
    ).toEqual({ change: null, noChange: "other-outlet" });
    expect(
      changeOf(
        view(73, "exact", "2025-06"),
        view(147, "exact", "2026-01"),
        record(false, "other-wording"),
        ind,
        "en",
      ),
    ).toEqual({ change: null, noChange: "other-wording" });
  });
});
