import "server-only";
import { retireDataset } from "@/lib/server/page-cache.mjs";
import { dataDir, fingerprint, readDataset } from "./read";
import { formatIssue, type DataIssue, type Dataset } from "./types";

/**
 * Holds the dataset the server is serving. The files are re-checked (a cheap stat) at most once a
 * second; changed files are validated as a whole and swapped in atomically, and a broken update is
 * logged and reported while the last good dataset stays in service. A swap retires what was rendered
 * from the old version, once (lib/server/page-cache.mjs); API answers are kept per dataset (lib/api/cache.ts)
 * and go with it.
 */
interface StoreState {
  dir: string;
  current: Dataset | null;
  fingerprint: string;
  /** When the files were last checked, on a clock that only goes forward (performance.now()). */
  checkedAt: number;
  lastError: { at: string; issues: DataIssue[] } | null;
}

const CHECK_INTERVAL_MS = 1000;
const globalStore = globalThis as typeof globalThis & { __bjaiStore?: StoreState };

export class DataUnavailableError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`The dataset could not be loaded:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "DataUnavailableError";
  }
}

function state(): StoreState {
  const dir = dataDir();
  if (!globalStore.__bjaiStore || globalStore.__bjaiStore.dir !== dir) {
    globalStore.__bjaiStore = { dir, current: null, fingerprint: "", checkedAt: -Infinity, lastError: null };
  }
  return globalStore.__bjaiStore;
}

function refresh(s: StoreState): void {
  // A monotonic clock: a wall clock set back (an NTP step, a restored VM) must not pause the checks.
  const now = performance.now();
  if (s.current && now - s.checkedAt < CHECK_INTERVAL_MS) return;
  s.checkedAt = now;
  const print = fingerprint(s.dir);
  if (s.current && print === s.fingerprint) return;
  if (!s.current && s.lastError && print === s.fingerprint) return;
  s.fingerprint = print;
  const result = readDataset(s.dir);
  if (result.ok) {
    const old = s.current?.version;
    if (old !== result.dataset.version) {
      s.current = result.dataset;
      if (old !== undefined) retireDataset(old, result.dataset.version);
    }
    s.lastError = null;
    return;
  }
  s.lastError = { at: new Date().toISOString(), issues: result.issues };
  console.error(
    `[data] ${s.current ? "Update rejected; still serving version " + s.current.version : "No valid dataset"}:\n` +
      result.issues.map(formatIssue).join("\n"),
  );
}

/** The dataset in service. Throws DataUnavailableError only if no valid dataset was ever loaded. */
export function getDataset(): Dataset {
  const s = state();
  refresh(s);
  if (!s.current) throw new DataUnavailableError(s.lastError?.issues ?? []);
  return s.current;
}

/** The problem with the latest attempt to load the files, if it failed. */
export function getDataStatus(): { version: string | null; lastError: StoreState["lastError"] } {
  const s = state();
  refresh(s);
  return { version: s.current?.version ?? null, lastError: s.lastError };
}

/** The dataset in service, or null when none was ever loaded (never throws). */
export function peekDataset(): Dataset | null {
  const s = state();
  refresh(s);
  return s.current;
}
