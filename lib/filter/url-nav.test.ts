import { describe, expect, it } from "vitest";
import { effectiveQuery } from "./url-nav";

describe("effectiveQuery", () => {
  it("shows a write at once, while the router still reports the address it was written over", () => {
    expect(
      effectiveQuery("district=haidian", { query: "district=haidian,bda", over: "district=haidian" }),
    ).toBe("district=haidian,bda");
  });

  it("drops a write once the router reports another address (the back button, a link)", () => {
    expect(effectiveQuery("", { query: "district=haidian,bda", over: "district=haidian" })).toBe("");
    expect(effectiveQuery("sector=vision", null)).toBe("sector=vision");
  });
});
