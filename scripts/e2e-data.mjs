// Prepares a scratch copy of data/ for the browser tests that change data (hostile values, live reload).
// Usage: node scripts/e2e-data.mjs <dir> [--broken]   (--broken: a data directory no server can load)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(process.argv[2] ?? ".e2e-data");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
cpSync("data", dir, { recursive: true });

// A measure whose title a spreadsheet would run as a formula, to prove exports neutralise it.
const file = path.join(dir, "measures.json");
const measures = JSON.parse(readFileSync(file, "utf8"));
measures[0].title.en = '=HYPERLINK("https://example.invalid","Click me")';
writeFileSync(file, JSON.stringify(measures, null, 2));

if (process.argv.includes("--broken")) {
  // A confidence level that does not exist, in the fourth source: the start must say which file and record.
  const sourcesFile = path.join(dir, "sources.json");
  const sources = JSON.parse(readFileSync(sourcesFile, "utf8"));
  sources[3].confidence = "certain";
  writeFileSync(sourcesFile, JSON.stringify(sources, null, 2));
}
console.log(`e2e data prepared in ${dir}`);
