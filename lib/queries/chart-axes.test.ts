import { describe, expect, it } from "vitest";
import { niceStep, timeAxis, timeOf, valueAxis } from "./chart-axes";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe("timeAxis", () => {
  it("labels years in the middle of each year, with grid lines on 1 January", () => {
    const axis = timeAxis(["2022-03", "2023-03", "2023-12", "2024-04", "2024-10"], "en");
    expect(axis.ticks.map((t) => t.label)).toEqual(["2022", "2023", "2024"]);
    expect(axis.grid.map(iso)).toEqual(expect.arrayContaining(["2023-01-01", "2024-01-01"]));
    expect(axis.grid.length).toBeGreaterThan(0);
    expect(axis.grid.every((g) => iso(g).endsWith("-01-01"))).toBe(true);
    // Each label sits inside its own year.
    for (const t of axis.ticks) expect(new Date(t.value).getUTCFullYear()).toBe(Number(t.label));
  });

  it("keeps a margin around the first and last points", () => {
    const axis = timeAxis(["2022-03", "2024-10"], "en");
    expect(axis.domain[0]).toBeLessThan(timeOf("2022-03"));
    expect(axis.domain[1]).toBeGreaterThan(timeOf("2024-10"));
  });

  it("uses year-month labels, at most five, over a short span", () => {
    const axis = timeAxis(["2024-07", "2025-03-20", "2025-06", "2026-01"], "en");
    expect(axis.ticks.length).toBeLessThanOrEqual(5);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(axis.ticks[0]?.label).toMatch(/^[A-Z][a-z]{2} 20\d\d$/);
    expect(axis.grid).toEqual(axis.ticks.map((t) => t.value));
  });

  it("keeps year labels for yearly figures, the first year included, even over a short span", () => {
    // "2023" sits on 31 December 2023: its year is shown long enough to carry its label.
    const axis = timeAxis(["2023", "2024", "2025"], "en");
    expect(axis.ticks.map((t) => t.label)).toEqual(["2023", "2024", "2025"]);
  });

  it("covers at least a year around a single figure", () => {
    const axis = timeAxis(["2023"], "en");
    expect(axis.domain[1] - axis.domain[0]).toBeGreaterThanOrEqual(365 * 86_400_000);
    expect(axis.ticks.length).toBeGreaterThan(0);
  });

  it("formats labels in the reader's language", () => {
    expect(timeAxis(["2022-03", "2024-10"], "ko").ticks.map((t) => t.label)).toContain("2023년");
    expect(timeAxis(["2022-03", "2024-10"], "zh").ticks.map((t) => t.label)).toContain("2023年");
    expect(timeAxis(["2024-07", "2025-06"], "zh").ticks[0]?.label).toMatch(/^20\d\d年\d{1,2}月$/);
  });
});

describe("valueAxis", () => {
  it("picks round steps", () => {
    expect(niceStep(900)).toBe(250);
    expect(niceStep(1000)).toBe(250);
    expect(niceStep(40)).toBe(10);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0.5)).toBe(0.2);
  });

  it("runs from zero to a round value above the highest point, in equal steps", () => {
    const axis = valueAxis([300, 578, 775, 800, 900], "vehicle", "en");
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(900 * 1.15);
    const values = axis.ticks.map((t) => t.value);
    const steps = new Set(values.slice(1).map((v, i) => v - (values[i] ?? 0)));
    expect(steps.size).toBe(1);
    expect(axis.ticks.map((t) => t.label)).toContain("1,000");
  });

  it("writes money ticks in the reader's scale words", () => {
    expect(valueAxis([250, 300], "yuan-bn", "en").ticks.map((t) => t.label)).toContain("300 billion");
    expect(valueAxis([250, 300], "yuan-bn", "zh").ticks.map((t) => t.label)).toContain("3000亿");
  });
});
