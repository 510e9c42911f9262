import { describe, expect, it } from "vitest";
import { checkView, viewQuery, type UrlContext, serverQuery } from "./search-params";

const ctx: UrlContext = {
  districts: ["haidian", "bda"],
  sectors: ["robotics"],
  years: [2022, 2024],
  columns: ["label", "value"],
};

describe("checkView", () => {
  it("parses every parameter into typed values", () => {
    const { view, notices } = checkView(
      new URLSearchParams(
        "district=haidian,bda&direction=talent&status=pilot&progress=overdue,achieved&year=2022&q=ai&sort=-value,label&hide=label",
      ),
      ctx,
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      filter: {
        districts: ["haidian", "bda"],
        sectors: [],
        directions: ["talent"],
        statuses: ["pilot"],
        progress: ["overdue", "achieved"],
        years: [2022],
        q: "ai",
      },
      sort: [
        { id: "value", desc: true },
        { id: "label", desc: false },
      ],
      hidden: ["label"],
    });
  });

  it("drops values the data does not know and says which", () => {
    // A mistyped link still opens: the rest of it applies, and the reader is told what was ignored.
    const { view, notices } = checkView(
      new URLSearchParams("district=haidian,atlantis&year=1999,20x2&sort=value,value,colour&direction=moon"),
      ctx,
    );
    expect(view.filter.districts).toEqual(["haidian"]);
    expect(view.filter.years).toEqual([]);
    expect(view.sort).toEqual([{ id: "value", desc: false }]);
    expect(notices).toEqual([
      { param: "district", value: "atlantis", reason: "unknownDistrict" },
      { param: "direction", value: "moon", reason: "unknownDirection" },
      { param: "year", value: "1999", reason: "badYear" },
      { param: "year", value: "20x2", reason: "badYear" },
      { param: "sort", value: "value", reason: "duplicate" },
      { param: "sort", value: "colour", reason: "unknownColumn" },
    ]);
  });

  it("reads the server's plain search-params object the same way, the first of a repeated parameter", () => {
    const { view, notices } = checkView({ district: ["haidian,bda", "bda"], q: "x" }, ctx);
    expect(view.filter.districts).toEqual(["haidian", "bda"]);
    expect(view.filter.q).toBe("x");
    expect(view.hidden).toBeNull();
    expect(notices).toEqual([{ param: "district", value: "bda", reason: "duplicate" }]);
  });

  it("writes back the same view it reads (links reproduce a view)", () => {
    const query = "district=haidian,bda&year=2022&q=ai&sort=-value&hide=label";
    const { view } = checkView(new URLSearchParams(query), ctx);
    expect(checkView(new URLSearchParams(viewQuery(view)), ctx).view).toEqual(view);
  });
});

describe("serverQuery", () => {
  it("names only what the server builds a page for, the same from the browser's address and the server's object", () => {
    const address = new URLSearchParams("sort=-value&year=2023&q=robot&district=haidian,bda&hide=unit");
    expect(serverQuery(address)).toBe("district=haidian,bda&year=2023");
    expect(serverQuery({ year: "2023", district: ["haidian,bda", "ignored"], q: "robot" })).toBe(
      "district=haidian,bda&year=2023",
    );
  });

  it("is empty for the default view, whatever the browser-only parameters", () => {
    expect(serverQuery({})).toBe("");
    expect(serverQuery(new URLSearchParams("sort=label&district="))).toBe("");
  });
});
