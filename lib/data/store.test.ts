import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DATA_FILES } from "@/lib/domain/schema";
import { fixtureRecords, toRaw, type FixtureRecords } from "@/lib/test/fixture";
import type { DataFileKey } from "./build";
import { getDataset } from "./store";

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function writeFiles(dir: string, records: FixtureRecords) {
  const raw = toRaw(records);
  for (const key of Object.keys(DATA_FILES) as DataFileKey[])
    writeFileSync(path.join(dir, DATA_FILES[key].file), raw[key]);
}

describe("the data store", () => {
  it("still notices an edited file after the server's clock is set back", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bjai-store-"));
    dirs.push(dir);
    const records = fixtureRecords();
    writeFiles(dir, records);
    vi.stubEnv("DATA_DIR", dir);
    const before = getDataset().version;

    // The wall clock jumps back an hour (an NTP correction, a VM restored): the reload check, which runs at
    // most once a second, must keep counting its second on a clock that only goes forward.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 3_600_000);
    const source = records.sources[0];
    if (!source) throw new Error("the fixture has no source");
    source.url = "https://example.org/corrected";
    writeFiles(dir, records);

    await vi.waitFor(() => expect(getDataset().version).not.toBe(before), { timeout: 5_000, interval: 100 });
  }, 15_000);
});
