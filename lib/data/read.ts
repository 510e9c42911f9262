import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DATA_FILES } from "@/lib/domain/schema";
import { buildDataset, type BuildResult, type DataFileKey, type RawFiles } from "./build";

/** The data directory: `DATA_DIR` if set, else `data/` in the project. */
export function dataDir(): string {
  return process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(process.cwd(), "data");
}

/** A cheap fingerprint of the files (size and mtime), to notice a change without reading them. */
export function fingerprint(dir: string): string {
  return (Object.keys(DATA_FILES) as DataFileKey[])
    .map((key) => {
      try {
        const s = statSync(path.join(dir, DATA_FILES[key].file));
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return "missing";
      }
    })
    .join("|");
}

/** Reads and validates every data file in `dir`. */
export function readDataset(dir: string = dataDir()): BuildResult {
  const raw = {} as RawFiles;
  let newest = 0;
  const missing: string[] = [];
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const file = path.join(dir, DATA_FILES[key].file);
    try {
      raw[key] = readFileSync(file, "utf8");
      newest = Math.max(newest, statSync(file).mtimeMs);
    } catch {
      missing.push(DATA_FILES[key].file);
    }
  }
  if (missing.length > 0) {
    return {
      ok: false,
      issues: missing.map((file) => ({
        file,
        record: null,
        field: null,
        message: "file is missing or unreadable",
      })),
    };
  }
  return buildDataset(raw, new Date(newest));
}
