/**
 * Writes SYNTHETIC benchmark data: bench/synthetic/entities.json with N generated entity rows
 * (default 100,000). Not real, never committed (bench/synthetic/ is ignored by git).
 *   npx tsx scripts/bench/make-synthetic.ts [count]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDataset } from "../../lib/data/read";
import { syntheticEntities } from "./synthetic";

export const SYNTHETIC_FILE = path.join("bench", "synthetic", "entities.json");

export function makeSynthetic(count: number): string {
  const result = readDataset();
  if (!result.ok) throw new Error("data/ is invalid: run npm run data:check");
  const entities = syntheticEntities(count, result.dataset);
  mkdirSync(path.dirname(SYNTHETIC_FILE), { recursive: true });
  writeFileSync(
    SYNTHETIC_FILE,
    JSON.stringify({ synthetic: true, generatedAt: new Date().toISOString(), entities }),
  );
  return SYNTHETIC_FILE;
}

if (process.argv[1]?.endsWith("make-synthetic.ts")) {
  const count = Number(process.argv[2] ?? 100_000);
  console.log(`SYNTHETIC: wrote ${count} rows to ${makeSynthetic(count)}`);
}
