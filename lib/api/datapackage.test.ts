import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "@/lib/data/build";
import { fixtureRecords, toRaw } from "@/lib/test/fixture";
import { readPackage } from "@/lib/test/frictionless";
import { dataPackageFiles } from "./datapackage";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function writePackage(records: ReturnType<typeof fixtureRecords>, locale: "en" | "ko" | "zh" = "en") {
  const built = buildDataset(toRaw(records));
  if (!built.ok) throw new Error("fixture is invalid");
  const dir = mkdtempSync(path.join(tmpdir(), "bjai-pkg-"));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(dataPackageFiles(built.dataset, locale)))
    writeFileSync(path.join(dir, name), bytes);
  return path.join(dir, "datapackage.json");
}

describe("the data package, read by Frictionless's JavaScript libraries", () => {
  it("reads every resource with types, formats and relations, and every foreign key resolves", async () => {
    // Analysts load it with datapackage/tableschema; a value that breaks its declared format fails there.
    const records = fixtureRecords();
    // A measure with two sources: two links in one cell, and two rows in the link table.
    const measure = records.measures[0];
    if (measure) measure.sources = ["src-b", "src-a"];
    const sourceA = records.sources[0];
    if (sourceA) sourceA.url = "https://example.org/a";
    const read = await readPackage(writePackage(records, "ko"));
    expect(Object.keys(read.rows)).toEqual([
      "indicators",
      "observations",
      "targets",
      "measures",
      "measures_sources",
      "entities",
      "documents",
      "documents_sources",
      "cities",
      "sources",
      "units",
    ]);
    expect(read.foreignKeys.map((fk) => `${fk.resource}.${fk.field}→${fk.target}`)).toEqual(
      expect.arrayContaining([
        "observations.indicator_id→indicators",
        "observations.source_id→sources",
        "observations.unit→units",
        "targets.indicator_id→indicators",
        "measures_sources.measure_id→measures",
        "measures_sources.source_id→sources",
        "documents_sources.source_id→sources",
      ]),
    );
    // With relations on, a key is replaced by the row it points to: proof that it was followed.
    const observation = read.rows.observations?.[0];
    expect(observation?.indicator_id).toMatchObject({ id: "firms" });
    expect(observation?.value).toBe(1048);
    expect(read.rows.measures_sources?.map((r) => r.source_id)).toEqual([
      expect.objectContaining({ id: "src-b" }),
      expect.objectContaining({ id: "src-a" }),
    ]);
    // The list keeps both links in one cell, joined as the package documents.
    expect(read.rows.measures?.[0]?.source_url).toBe("https://example.org/b; https://example.org/a");
  });

  it("fails when a key points nowhere, so the test above is a real check", async () => {
    const records = fixtureRecords();
    const dir = writePackage(records);
    // Break one reference in the written file: an observation of an indicator the package lacks.
    const csvPath = path.join(path.dirname(dir), "observations.csv");
    const { readFileSync } = await import("node:fs");
    writeFileSync(csvPath, readFileSync(csvPath, "utf8").replace(",firms,firms-2022", ",nowhere,firms-2022"));
    await expect(readPackage(dir)).rejects.toThrow(/observations: .*Foreign key/);
  });
});
