/**
 * The last release of the dataset, as a fingerprint per record (`data/release.json`), and the rule that
 * `npm run data:check` enforces with it: every record that differs from the release is explained by an
 * unreleased, completed entry of the change log.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CHANGED_FILES, DATA_FILES, type ChangeRecord, type ChangedFile } from "@/lib/domain/schema";
import { canonical, keyOf, type RawRecord, type Snapshot } from "./diff";

export const RELEASE_FILE = "release.json";

export const releaseSchema = z
  .object({
    /** The release's name: the day it was made, "YYYY-MM-DD". */
    release: z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/),
    /** "file/id" → a hash of the record as released. */
    records: z.record(z.string(), z.string().regex(/^[0-9a-f]{16}$/)),
  })
  .strict();
export type Release = z.infer<typeof releaseSchema>;

export function recordHash(r: RawRecord): string {
  return createHash("sha256").update(canonical(r)).digest("hex").slice(0, 16);
}

export function fingerprints(snapshot: Snapshot): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of CHANGED_FILES)
    for (const r of snapshot[file] ?? []) out[`${file}/${keyOf(r)}`] = recordHash(r);
  return out;
}

/** The records of every data file in `dir` as parsed JSON (not validated: data:check does that). */
export function readSnapshot(dir: string): Snapshot {
  const out: Snapshot = {};
  for (const file of CHANGED_FILES) {
    const p = path.join(dir, DATA_FILES[file].file);
    if (existsSync(p)) out[file] = JSON.parse(readFileSync(p, "utf8")) as RawRecord[];
  }
  return out;
}

export function readRelease(dir: string): Release | null {
  const p = path.join(dir, RELEASE_FILE);
  if (!existsSync(p)) return null;
  return releaseSchema.parse(JSON.parse(readFileSync(p, "utf8")));
}

export interface Unlogged {
  file: ChangedFile;
  record: string;
  what: "added" | "changed" | "removed";
}

/** Records that differ from the release with no unreleased entry of the log about them. */
export function unloggedChanges(
  snapshot: Snapshot,
  release: Release,
  changes: readonly ChangeRecord[],
): Unlogged[] {
  const now = fingerprints(snapshot);
  const logged = new Set(
    changes
      .filter((c) => c.release === null)
      .flatMap((c) => [`${c.file}/${c.record}`, ...(c.previousId ? [`${c.file}/${c.previousId}`] : [])]),
  );
  const out: Unlogged[] = [];
  const split = (key: string) => {
    const at = key.indexOf("/");
    return { file: key.slice(0, at) as ChangedFile, record: key.slice(at + 1) };
  };
  for (const [key, hash] of Object.entries(now)) {
    const was = release.records[key];
    if (was === hash || logged.has(key)) continue;
    out.push({ ...split(key), what: was === undefined ? "added" : "changed" });
  }
  for (const key of Object.keys(release.records))
    if (!(key in now) && !logged.has(key)) out.push({ ...split(key), what: "removed" });
  return out;
}
