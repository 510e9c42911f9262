import { describe, expect, it } from "vitest";
import { fixtureRecords, toRaw } from "@/lib/test/fixture";
import { buildDataset } from "./build";
import { formatIssue } from "./types";

function messages(result: ReturnType<typeof buildDataset>): string[] {
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe("buildDataset", () => {
  it("accepts a valid dataset and gives it a content version", () => {
    // The fixture is the baseline every other test breaks.
    const result = buildDataset(toRaw(fixtureRecords()));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.version).toMatch(/^[0-9a-f]{12}$/);
      expect(result.dataset.index.observationsByIndicator.get("firms")?.map((o) => o.id)).toEqual([
        "firms-2022",
        "firms-2024",
      ]);
    }
  });

  it("names the file, record and field of a schema error", () => {
    // A maintainer must find the broken value without reading the whole file.
    const records = fixtureRecords();
    const broken = {
      ...records,
      observations: records.observations.map((o, i) => (i === 1 ? { ...o, value: "1,200" } : o)),
    };
    expect(messages(buildDataset(toRaw(broken)))).toEqual([
      expect.stringMatching(/^data\/observations\.json, record #2 \(firms-2024\), field "value": /),
    ]);
  });

  it("reports a file that is not JSON and serves nothing", () => {
    const raw = toRaw(fixtureRecords());
    raw.sources = '[{"id": "src-a",';
    const result = buildDataset(raw);
    expect(result.ok).toBe(false);
    expect(messages(result)[0]).toMatch(/^data\/sources\.json: not valid JSON/);
  });

  it("rejects a dangling reference from an observation to a missing source", () => {
    const records = fixtureRecords();
    records.observations[0] = {
      ...records.observations[0],
      source: "nowhere",
    } as (typeof records.observations)[0];
    expect(messages(buildDataset(toRaw(records)))).toContain(
      'data/observations.json, record firms-2022, field "source": unknown source "nowhere"',
    );
  });

  it("rejects duplicate ids", () => {
    const records = fixtureRecords();
    const first = records.sources[0];
    if (!first) throw new Error("fixture has sources");
    records.sources.push({ ...first });
    expect(messages(buildDataset(toRaw(records)))).toContain(
      'data/sources.json, record #3 (src-a), field "id": duplicate id "src-a"',
    );
  });

  it("rejects a target whose baseline belongs to another indicator", () => {
    const records = fixtureRecords();
    records.targets[0] = { ...records.targets[0], baseline: "share-2022" } as (typeof records.targets)[0];
    expect(messages(buildDataset(toRaw(records)))[0]).toMatch(/baseline.*belongs to indicator "share"/);
  });

  it("rejects an unknown district code on a measure", () => {
    const records = fixtureRecords();
    records.measures[0] = { ...records.measures[0], districts: ["atlantis"] } as (typeof records.measures)[0];
    expect(messages(buildDataset(toRaw(records)))).toContain(
      'data/measures.json, record m1, field "districts.0": unknown district "atlantis"',
    );
  });
});

describe("one definition per series", () => {
  it("rejects a figure whose definition differs from its indicator's", () => {
    // "AI enterprises" added to the "core AI enterprises" series would silently join two counts.
    const records = fixtureRecords();
    records.observations[1] = {
      ...records.observations[1],
      definition: "ai-enterprises",
    } as (typeof records.observations)[1];
    expect(messages(buildDataset(toRaw(records))).join("\n")).toMatch(
      /record firms-2024, field "definition": "ai-enterprises" differs from the definition of its indicator "firms" \("firms-def"\)/,
    );
  });

  it("rejects a target that cites an unknown policy document", () => {
    const records = fixtureRecords();
    records.targets[0] = { ...records.targets[0], document: "no-such-plan" } as (typeof records.targets)[0];
    expect(messages(buildDataset(toRaw(records)))).toContain(
      'data/targets.json, record t1, field "document": unknown document "no-such-plan"',
    );
  });
});

describe("one slice per series", () => {
  it("rejects an indicator whose figures are about different districts", () => {
    // A district's figure in a city-wide series would make a district filter show half a series.
    const records = fixtureRecords();
    records.observations.push({
      id: "vehicles-2024",
      indicator: "vehicles",
      definition: "vehicles-def",
      value: 900,
      asOf: "2024-10",
      source: "src-b",
      confidence: "medium",
      district: "haidian",
    });
    expect(messages(buildDataset(toRaw(records))).join("\n")).toMatch(
      /record vehicles-2024, field "district": is about district haidian.*"vehicles-2023".*district bda/,
    );
  });
});

describe("a change log written for readers", () => {
  const base = fixtureRecords();
  const first = base.changes[0];
  if (!first) throw new Error("fixture has a change");
  const withChanges = (changes: object[]) =>
    messages(buildDataset(toRaw({ ...fixtureRecords(), changes }))).join("\n");

  it("refuses a revision whose new value is its old one", () => {
    // A 'correction' that changes nothing tells a reader something happened when nothing did.
    expect(withChanges([{ ...first, old: 2400, new: 2400 }])).toMatch(
      /changes\.json, record 2026-01-02-observations-firms-2024-value, field "new": the new value is the old one/,
    );
  });

  it("refuses a revision of a record added in the same release", () => {
    // The record was new to readers: there was no earlier value for them to see revised.
    const added = {
      ...first,
      id: "2026-01-02-observations-firms-2024-added",
      kind: "added",
      field: null,
      old: null,
    };
    expect(
      withChanges([
        { ...first, release: "2026-01-02" },
        { ...added, release: "2026-01-02" },
      ]),
    ).toMatch(/field "kind": "firms-2024" was added in the same release/);
    // Added in one release and revised in a later one is a real revision.
    expect(
      withChanges([
        { ...first, release: "2026-02-01" },
        { ...added, release: "2026-01-02" },
      ]),
    ).toBe("");
  });

  it("refuses a later count with the same definition as the series it is shown beside", () => {
    const records = fixtureRecords();
    const firms = records.indicators.find((i) => i.id === "firms");
    if (!firms) throw new Error("fixture has firms");
    records.indicators.push({ ...firms, id: "firms-again" });
    Object.assign(firms, { laterCount: "firms-again" });
    expect(messages(buildDataset(toRaw(records))).join("\n")).toMatch(
      /field "laterCount": "firms-again" has the same definition/,
    );
  });
});
