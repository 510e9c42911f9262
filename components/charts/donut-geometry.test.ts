import { describe, expect, it } from "vitest";
import { donutSlices } from "./donut-geometry";

describe("donutSlices", () => {
  it("gives each value its share of the ring, in order, from 12 o'clock", () => {
    const slices = donutSlices([3, 1]);
    expect(slices.map((s) => s.share)).toEqual([0.75, 0.25]);
    // The first slice starts at the top of the ring and, being over half of it, takes the large arc.
    expect(slices[0]?.path.startsWith("M 50.000 0.000 A 50 50 0 1 1")).toBe(true);
    expect(slices[1]?.path).toContain("A 50 50 0 0 1 50.000 0.000");
  });

  it("draws a single whole slice as two halves, and nothing for an empty or zero set", () => {
    expect(donutSlices([5])[0]?.path.match(/M /g)).toHaveLength(2);
    expect(donutSlices([])).toEqual([]);
    expect(donutSlices([0, 0])).toEqual([]);
    expect(donutSlices([2, 0])[1]?.path).toBe("");
  });
});
