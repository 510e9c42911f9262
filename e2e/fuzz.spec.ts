import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { listParams } from "../lib/api/query";
import { FILTER_DIMENSIONS } from "../lib/filter/filter";

// Random and hostile query strings against every route: only 2xx, 304 or 4xx with a problem body, never 5xx.
const ROUTES = [
  "/api/v1/indicators",
  "/api/v1/targets",
  "/api/v1/observations",
  "/api/v1/measures",
  "/api/v1/entities",
  "/api/v1/sources",
  "/api/v1/directions",
  "/api/v1/districts",
  "/api/v1/sectors",
  "/api/v1/meta",
  "/api/v1/indicators/core-ai-firms",
  "/api/v1/datapackage",
  "/api/v1/openapi.json",
];
// Every real parameter, one the pages use but the API does not, and an unknown one.
const NAMES = [...listParams(FILTER_DIMENSIONS), "hide", "x"];
const HOSTILE = [
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "=cmd|' /C calc'!A0",
  "\u202e\u0000",
  "😀".repeat(50),
  "a".repeat(5000),
  "-",
  ",,,",
  "__proto__",
  "constructor",
];

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(...HOSTILE),
  fc.integer().map(String),
  fc.constantFrom("haidian", "bda,haidian", "-value", "value", "2022", "csv", "ko", "1000", "0"),
);
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 10 })), value), {
  maxLength: 6,
});

test("no query string makes the API fail with a 5xx", async ({ request }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ROUTES), query, async (route, pairs) => {
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v);
      const response = await request.get(`${route}?${params.toString()}`);
      const status = response.status();
      expect(status, `${route}?${params}`).toBeLessThan(500);
      if (status >= 400) {
        expect(response.headers()["content-type"]).toContain("application/problem+json");
        const body = await response.json();
        expect(body.status).toBe(status);
        expect(typeof body.detail).toBe("string");
      }
    }),
    { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 100000) },
  );
});
