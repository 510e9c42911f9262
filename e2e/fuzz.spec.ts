import { expect, test } from "@playwright/test";
import { fuzz } from "../scripts/fuzz.mjs";

// 2,000 hostile requests (methods, raw request targets, paths, headers, parameters) over every route: no
// 5xx, nothing slower than 5 s, no stack trace or file path in a body, every API error problem+json.
// `npm run fuzz` sends 20,000.
test("no request makes the server fail, hang or leak", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
  const result = await fuzz(baseURL, 2000, seed, 6);
  expect(result.stats.sent).toBe(2000);
  expect(result.failures, `seed ${seed}`).toEqual([]);
});
