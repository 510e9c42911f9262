import { describe, expect, it } from "vitest";
import { describeFilter, parseViewState, serializeViewState } from "./url-state";

const ctx = {
  districts: ["haidian", "bda"],
  sectors: ["smart-city"],
  columns: ["label", "value", "source_url"],
};

describe("parseViewState", () => {
  it("reads lists, sort and hidden columns", () => {
    const { state, notices } = parseViewState(
      new URLSearchParams(
        "district=haidian,bda&sector=smart-city&status=pilot&year=2022&q=robot&sort=-value,label&hide=source_url",
      ),
      ctx,
    );
    expect(notices).toEqual([]);
    expect(state.filter).toEqual({
      districts: ["haidian", "bda"],
      sectors: ["smart-city"],
      directions: [],
      statuses: ["pilot"],
      years: [2022],
      q: "robot",
    });
    expect(state.sort).toEqual([
      { id: "value", desc: true },
      { id: "label", desc: false },
    ]);
    expect(state.hidden).toEqual(["source_url"]);
  });

  it("drops unknown values with a notice instead of failing", () => {
    // A shared link with a typo must still open, and say what it ignored.
    const { state, notices } = parseViewState(
      new URLSearchParams(
        "district=haidian,atlantis&sort=nope,-value&year=20x2&direction=space&status=done&hide=ghost",
      ),
      ctx,
    );
    expect(state.filter.districts).toEqual(["haidian"]);
    expect(state.sort).toEqual([{ id: "value", desc: true }]);
    expect(state.filter.years).toEqual([]);
    expect(notices.map((n) => `${n.param}:${n.value}:${n.reason}`)).toEqual([
      "district:atlantis:unknownDistrict",
      "direction:space:unknownDirection",
      "status:done:unknownStatus",
      "year:20x2:badYear",
      "sort:nope:unknownColumn",
      "hide:ghost:unknownColumn",
    ]);
  });

  it("accepts repeated parameters and the record form Next.js passes to pages", () => {
    const { state } = parseViewState({ district: ["haidian", "bda"], q: "x" }, ctx);
    expect(state.filter.districts).toEqual(["haidian", "bda"]);
  });

  it("caps a very long search", () => {
    const { state, notices } = parseViewState(new URLSearchParams(`q=${"a".repeat(500)}`), ctx);
    expect(state.filter.q).toHaveLength(200);
    expect(notices[0]?.reason).toBe("tooLong");
  });
});

describe("serializeViewState", () => {
  it("round-trips through the URL and keeps unrelated parameters", () => {
    const input = new URLSearchParams("district=bda&sort=-value&hide=source_url&q=a%20b");
    const { state } = parseViewState(input, ctx);
    const out = serializeViewState(state, new URLSearchParams("utm=1"));
    expect(out).toBe("utm=1&district=bda&q=a+b&sort=-value&hide=source_url");
    expect(parseViewState(new URLSearchParams(out), ctx).state).toEqual(state);
  });
});

describe("describeFilter", () => {
  it("names the active filters for file names", () => {
    const { state } = parseViewState(new URLSearchParams("district=haidian&year=2022"), ctx);
    expect(describeFilter(state.filter)).toBe("district-haidian_year-2022");
  });
});
