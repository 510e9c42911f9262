/**
 * `npm run data:check`: validates the files in data/ (or DATA_DIR) exactly as the server does,
 * printing every problem with its file, record and field. Exits 1 if anything is wrong.
 */
import { dataDir, readDataset } from "../lib/data/read";
import { formatIssue } from "../lib/data/types";

const dir = process.argv[2] ?? dataDir();
const result = readDataset(dir);
if (!result.ok) {
  console.error(`✗ ${result.issues.length} problem(s) in ${dir}:`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
const d = result.dataset;
console.log(
  `✓ ${dir} is valid (version ${d.version}): ${d.sources.length} sources, ${d.indicators.length} indicators, ` +
    `${d.observations.length} observations, ${d.measures.length} measures, ${d.entities.length} entities, ` +
    `${d.targets.length} targets.`,
);
