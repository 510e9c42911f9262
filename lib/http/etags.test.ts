import { describe, expect, it } from "vitest";
import { matchesEtag, pageEtag } from "./etags";

describe("matchesEtag", () => {
  it("matches the tag itself, in a list, weak or strong, and *", () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
  });
  it("does not match another tag, a prefix or no header; * only when allowed", () => {
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag('"ab"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
    expect(matchesEtag("", '"abc"')).toBe(false);
    expect(matchesEtag("*", '"abc"', { star: false })).toBe(false);
    expect(matchesEtag('"x", "abc"', '"abc"', { star: false })).toBe(true);
  });
});

describe("pageEtag", () => {
  const state = { build: "b1", version: "0a1b2c3d4e5f", origin: "https://example.org", day: "2026-11-27" };
  it("is stable for one state and address, and names the data version", () => {
    expect(pageEtag(state, "/en")).toBe(pageEtag({ ...state }, "/en"));
    expect(pageEtag(state, "/en")).toMatch(/^W\/"p-0a1b2c3d4e5f-[0-9a-f]{8}-[0-9a-f]{8}"$/);
  });
  it("changes with the data, the build, the origin, the day and the address (query included)", () => {
    const tag = pageEtag(state, "/en");
    expect(pageEtag({ ...state, version: "ffffffffffff" }, "/en")).not.toBe(tag);
    expect(pageEtag({ ...state, build: "b2" }, "/en")).not.toBe(tag);
    expect(pageEtag({ ...state, origin: "https://example.com" }, "/en")).not.toBe(tag);
    expect(pageEtag({ ...state, day: "2026-11-28" }, "/en")).not.toBe(tag);
    expect(pageEtag(state, "/zh")).not.toBe(tag);
    expect(pageEtag(state, "/en?district=haidian")).not.toBe(tag);
  });
});
