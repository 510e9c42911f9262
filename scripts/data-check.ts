/**
 * `npm run data:check`: validates the files in data/ (or DATA_DIR) exactly as the server does,
 * printing every problem with its file, record and field. Exits 1 if anything is wrong.
 */
import { dataDir, readDataset } from "../lib/data/read";
import { formatIssue } from "../lib/data/types";
import { readRelease, readSnapshot, RELEASE_FILE, unloggedChanges } from "../lib/changes/release";

const dir = process.argv[2] ?? dataDir();
const result = readDataset(dir);
if (!result.ok) {
  console.error(`✗ ${result.issues.length} problem(s) in ${dir}:`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
const d = result.dataset;
// Every change since the last release needs an entry in the public change log.
const release = readRelease(dir);
if (release) {
  const missing = unloggedChanges(readSnapshot(dir), release, d.changes);
  if (missing.length > 0) {
    console.error(
      `✗ ${missing.length} record(s) changed since release ${release.release} with no change-log entry:`,
    );
    for (const m of missing) console.error(`  ${m.file}/${m.record}: ${m.what}`);
    console.error("  Run npm run data:changes to draft the entries, write their reasons, then check again.");
    process.exit(1);
  }
} else console.warn(`! no ${RELEASE_FILE} in ${dir}: changes since the last release are not checked.`);
console.log(
  `✓ ${dir} is valid (version ${d.version}): ${d.sources.length} sources, ${d.indicators.length} indicators, ` +
    `${d.observations.length} observations, ${d.measures.length} measures, ${d.entities.length} entities, ` +
    `${d.targets.length} targets.`,
);
