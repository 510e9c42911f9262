import { describe, expect, it } from "vitest";
import { matchesEtag, pageEtag } from "./validators";

describe("matchesEtag", () => {
  it("matches the tag itself, in a list, weak or strong, and *", () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
  });
  it("does not match another tag, a prefix or no header", () => {
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag('"ab"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
    expect(matchesEtag("", '"abc"')).toBe(false);
  });
});

describe("pageEtag", () => {
  it("is stable for one build, version and address", () => {
    expect(pageEtag("b1", "v1", "/en")).toBe(pageEtag("b1", "v1", "/en"));
    expect(pageEtag("b1", "v1", "/en")).toMatch(/^W\/"p-[0-9a-f]{8}-[0-9a-f]{8}"$/);
  });
  it("changes with the data version, the build and the address (query included)", () => {
    const tag = pageEtag("b1", "v1", "/en");
    expect(pageEtag("b1", "v2", "/en")).not.toBe(tag);
    expect(pageEtag("b2", "v1", "/en")).not.toBe(tag);
    expect(pageEtag("b1", "v1", "/zh")).not.toBe(tag);
    expect(pageEtag("b1", "v1", "/en?district=haidian")).not.toBe(tag);
  });
});
