import { describe, expect, it } from "vitest";
import {
  againstFloor,
  checkTable,
  checkTargets,
  median,
  medianAudits,
  table,
  type Audit,
  type Load,
} from "./report";

const audit = (page: string, perf: number, tbtMs: number, extra: Partial<Audit> = {}): Audit => ({
  page,
  perf,
  a11y: 1,
  bestPractices: 1,
  tbtMs,
  lcpMs: 2000,
  scriptKB: 190,
  htmlWireKB: 30,
  htmlKB: 200,
  ...extra,
});
const load = (route: string, rps: number, p99Ms: number, encoding = "gzip, deflate, br"): Load => ({
  route,
  encoding,
  rps,
  p50Ms: 10,
  p99Ms,
  failed: 0,
});

describe("perf report", () => {
  it("takes the median of each figure over the rounds, per page", () => {
    // Why: Lighthouse's blocking time moves by a factor of three between runs here; one run decides nothing.
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const runs = [
      audit("/en", 0.6, 900),
      audit("floor", 0.9, 300),
      audit("/en", 0.7, 3000),
      audit("/en", 0.5, 1200),
    ];
    expect(medianAudits(runs)).toEqual([audit("/en", 0.6, 1200), audit("floor", 0.9, 300)]);
  });

  it("reads every page against the floor: TBT as a multiple, performance as a difference", () => {
    const rows = againstFloor([audit("/en", 0.82, 600), audit("floor", 0.9, 300)], "floor");
    expect(rows[0]).toMatchObject({ tbtRatio: 2 });
    expect(rows[0]?.perfDelta).toBeCloseTo(-0.08);
  });

  it("checks issue 22's targets against the floor, and the template's only when one is given", () => {
    const input = {
      floorPage: "floor",
      ratioPages: ["/en", "/en/tables/indicators"],
      loadRoutes: ["/en", "/api/v1/indicators"],
      browserEncoding: "gzip, deflate, br",
      scriptPage: "/en",
    };
    const audits = [
      audit("/en", 0.81, 600), // exactly 2 × and exactly − 0.09: both ok
      audit("/en/tables/indicators", 0.79, 601, { a11y: 0.98 }), // each just over the line
      audit("floor", 0.9, 300),
      audit("http://template/", 0.7, 1400, { scriptKB: 364 }),
    ];
    const loads = [
      load("/en", 500, 240),
      load("/api/v1/indicators", 400, 300),
      load("/en", 9999, 1, "none"), // another encoding: not what the targets read
      load("http://template/", 497, 242),
    ];
    const ok = (checks: ReturnType<typeof checkTargets>) =>
      Object.fromEntries(checks.map((c) => [c.target, c.ok]));
    const withTemplate = ok(checkTargets({ ...input, audits, loads, template: "http://template/" }));
    expect(withTemplate).toEqual({
      "/en: TBT ≤ 2 × floor's": true,
      "/en: perf ≥ floor's − 0.10": true,
      "/en: accessibility 1.00": true,
      "/en: best practices 1.00": true,
      "/en/tables/indicators: TBT ≤ 2 × floor's": false,
      "/en/tables/indicators: perf ≥ floor's − 0.10": false,
      "/en/tables/indicators: accessibility 1.00": false,
      "/en/tables/indicators: best practices 1.00": true,
      "/en: req/s ≥ template's (50 connections, browser encodings)": true,
      "/en: p99 ≤ 1.2 × template's": true,
      "/api/v1/indicators: req/s ≥ template's (50 connections, browser encodings)": false,
      "/api/v1/indicators: p99 ≤ 1.2 × template's": false,
      "/en: script ≤ 0.6 × template's": true,
    });
    const alone = checkTargets({ ...input, audits, loads, template: null });
    expect(alone.filter((c) => c.ok === null).map((c) => c.target)).toEqual([
      "/en: req/s ≥ template's",
      "/en: p99 ≤ 1.2 × template's",
      "/api/v1/indicators: req/s ≥ template's",
      "/api/v1/indicators: p99 ≤ 1.2 × template's",
      "/en: script ≤ 0.6 × template's",
    ]);
    expect(checkTable(alone)).toMatch(/\/en: TBT ≤ 2 × floor's\s+600 ms = 2\.0 × 300 ms\s+ok/);
  });

  it("lays out a table with a header and padded columns, numbers to the right", () => {
    expect(
      table([
        { page: "/en", "req/s": 5 },
        { page: "/api/v1/indicators", "req/s": 1234 },
      ]),
    ).toBe(
      ["page                req/s", "/en                     5", "/api/v1/indicators   1234"].join("\n"),
    );
  });
});
