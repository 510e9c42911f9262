import { describe, expect, it } from "vitest";
import { negotiate } from "./negotiate";

const OFFERS = ["application/json", "text/csv"];

describe("negotiate", () => {
  it("answers JSON when the client says nothing or accepts anything", () => {
    expect(negotiate(null, OFFERS)).toBe("application/json");
    expect(negotiate("*/*", OFFERS)).toBe("application/json");
  });

  it("follows quality values, not substrings", () => {
    // "text/csv;q=0" refuses CSV: the old substring match sent CSV.
    expect(negotiate("text/csv;q=0, application/json", OFFERS)).toBe("application/json");
    expect(negotiate("application/json;q=0.5, text/csv", OFFERS)).toBe("text/csv");
    expect(negotiate("text/*", OFFERS)).toBe("text/csv");
  });

  it("answers null when nothing offered is acceptable", () => {
    expect(negotiate("image/png", OFFERS)).toBeNull();
    expect(negotiate("text/csv;q=0", ["text/csv"])).toBeNull();
  });
});
