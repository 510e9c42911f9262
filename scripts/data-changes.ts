/**
 * `npm run data:changes`: compares data/ (or DATA_DIR) with the last release and drafts a change-log entry
 * (data/changes.json) for every difference, with today's date and empty reasons for an editor to write.
 * `npm run data:changes -- --release` then publishes: once every entry is complete and data:check
 * passes, it stamps the unreleased entries with today's release and records the new fingerprints.
 *
 * The released records are read from git (the commit that last wrote data/release.json), or from a folder
 * given with `--from=<dir>` (a copy of the released data/).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { changeId, diffSnapshots, type RawRecord, type Snapshot } from "../lib/changes/diff";
import {
  fingerprints,
  readRelease,
  readSnapshot,
  RELEASE_FILE,
  unloggedChanges,
} from "../lib/changes/release";
import { dataDir, readDataset } from "../lib/data/read";
import { formatIssue } from "../lib/data/types";
import { CHANGED_FILES, DATA_FILES, type ChangeRecord } from "../lib/domain/schema";

const dir = dataDir();
const args = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);
const changesPath = path.join(dir, DATA_FILES.changes.file);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** The released data: from --from=<dir>, else from git at the commit that last wrote release.json. */
function releasedSnapshot(): Snapshot {
  const from = args.find((a) => a.startsWith("--from="))?.slice("--from=".length);
  if (from) return readSnapshot(path.resolve(from));
  const git = (...a: string[]) => execFileSync("git", a, { cwd: dir, encoding: "utf8" }).trim();
  let commit: string;
  try {
    commit = git("log", "-1", "--format=%H", "--", RELEASE_FILE);
  } catch {
    fail("cannot read the last release from git here; pass --from=<a copy of the released data folder>");
  }
  if (commit === "")
    fail(`${RELEASE_FILE} was never committed; pass --from=<a copy of the released data folder>`);
  const prefix = git("rev-parse", "--show-prefix");
  const out: Snapshot = {};
  for (const file of CHANGED_FILES) {
    try {
      out[file] = JSON.parse(git("show", `${commit}:${prefix}${DATA_FILES[file].file}`)) as RawRecord[];
    } catch {
      out[file] = [];
    }
  }
  return out;
}

const rawChanges = (): ChangeRecord[] => JSON.parse(readFileSync(changesPath, "utf8")) as ChangeRecord[];
const write = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value, null, 2) + "\n");

if (args.includes("--release")) {
  const result = readDataset(dir);
  if (!result.ok) {
    for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
    fail("the data is not valid (complete every drafted reason first); nothing released");
  }
  const snapshot = readSnapshot(dir);
  const release = readRelease(dir);
  const missing = release ? unloggedChanges(snapshot, release, result.dataset.changes) : [];
  if (missing.length > 0) {
    for (const m of missing) console.error(`  ${m.file}/${m.record}: ${m.what} with no entry`);
    fail("some changes have no change-log entry; run npm run data:changes first");
  }
  const changes = rawChanges();
  let stamped = 0;
  for (const c of changes)
    if (c.release === null || c.release === undefined) {
      c.release = today;
      stamped++;
    }
  write(changesPath, changes);
  write(path.join(dir, RELEASE_FILE), { release: today, records: fingerprints(readSnapshot(dir)) });
  console.log(`✓ released ${today}: ${stamped} new change-log entries; ${RELEASE_FILE} updated.`);
  process.exit(0);
}

const current = readSnapshot(dir);
const released = readRelease(dir);
const now = fingerprints(current);
// release.json is the truth of what was released: a record it fingerprints as it is now is not news, even
// when git's copy of the release is older (a release made but not yet committed).
const drafts = diffSnapshots(releasedSnapshot(), current).filter((d) => {
  const key = `${d.file}/${d.record}`;
  return !(released && d.previousId === null && now[key] !== undefined && released.records[key] === now[key]);
});
const changes = rawChanges();
const pending = new Set(
  changes
    .filter((c) => c.release === null || c.release === undefined)
    .map((c) => `${c.file}/${c.record}/${c.field}`),
);
const ids = new Set(changes.map((c) => c.id));
let added = 0;
for (const d of drafts) {
  if (pending.has(`${d.file}/${d.record}/${d.field}`)) continue;
  let id = changeId(today, d);
  for (let n = 2; ids.has(id); n++) id = `${changeId(today, d)}-${n}`;
  ids.add(id);
  changes.unshift({ id, date: today, ...d, reason: { en: "", ko: "", zh: "" }, release: null });
  added++;
  console.log(`  + ${d.kind.padEnd(16)} ${d.file}/${d.record}${d.field ? ` · ${d.field}` : ""}`);
}
write(changesPath, changes);
console.log(
  added === 0
    ? "✓ nothing new to log since the last release."
    : `✓ drafted ${added} entries in ${path.relative(process.cwd(), changesPath)}: write each reason in en, ko and zh ` +
        "(and check the kind), then run npm run data:check and npm run data:changes -- --release.",
);
