/** A tiny, valid dataset for unit tests, as raw file texts. Tests break one thing at a time. */
import type { RawFiles } from "@/lib/data/build";
import { DATA_FILES } from "@/lib/domain/schema";

/** A text that reads the same in the three languages, marked by language so a test can tell them apart. */
export const L = (en: string) => ({ en, ko: `${en} (ko)`, zh: `${en} (zh)` });

/** The five strategic directions, each sourced to src-a. */
export const fixtureDirections = () =>
  (["innovation", "foundations", "application", "governance", "talent"] as const).map((code, i) => ({
    code,
    order: i + 1,
    name: L(code),
    goal: L(`goal ${code}`),
    summary: L(`summary ${code}`),
    source: "src-a",
  }));

export function fixtureRecords() {
  return {
    sources: [
      {
        id: "src-a",
        publisher: L("Pub A"),
        title: "Title A",
        description: L("A"),
        published: "2023-02-15",
        url: null,
        language: "ko",
        kind: "news",
        confidence: "high",
      },
      {
        id: "src-b",
        publisher: L("Pub B"),
        title: null,
        description: L("B"),
        published: null,
        url: "https://example.org/b",
        language: "en",
        kind: "report",
        confidence: "medium",
      },
    ],
    directions: fixtureDirections(),
    districts: [
      { code: "haidian", order: 1, kind: "district", name: L("Haidian") },
      { code: "bda", order: 2, kind: "functional-zone", name: L("BDA") },
    ],
    sectors: [{ code: "autonomous-driving", order: 1, name: L("Autonomous driving") }],
    indicators: [
      {
        id: "firms",
        direction: "foundations",
        kind: "count",
        unit: "enterprise",
        label: L("Firms"),
        definition: L("Core firms"),
        definitionId: "firms-def",
        headline: 1,
      },
      {
        id: "share",
        direction: "foundations",
        kind: "share",
        unit: "percent",
        label: L("Share"),
        definition: L("Share"),
        definitionId: "share-def",
        headline: 2,
      },
      {
        id: "vehicles",
        direction: "application",
        kind: "count",
        unit: "vehicle",
        label: L("Vehicles"),
        definition: L("Fleet"),
        definitionId: "vehicles-def",
        sector: "autonomous-driving",
      },
    ],
    observations: [
      {
        id: "firms-2022",
        indicator: "firms",
        definition: "firms-def",
        value: 1048,
        asOf: "2022-10-31",
        source: "src-a",
        confidence: "high",
      },
      {
        id: "firms-2024",
        indicator: "firms",
        definition: "firms-def",
        value: 1200,
        qualifier: "over",
        asOf: "2024",
        source: "src-b",
        confidence: "medium",
      },
      {
        id: "share-2022",
        indicator: "share",
        definition: "share-def",
        value: 29,
        asOf: "2022-10-31",
        source: "src-a",
        confidence: "high",
      },
      {
        id: "vehicles-2023",
        indicator: "vehicles",
        definition: "vehicles-def",
        value: 578,
        asOf: "2023-03",
        source: "src-b",
        confidence: "medium",
        district: "bda",
      },
    ],
    measures: [
      {
        id: "m1",
        direction: "application",
        kind: "milestone",
        status: "commercial-pilot",
        title: L("Robotaxi"),
        description: L("Paid rides"),
        date: "2021-11-25",
        districts: ["bda"],
        sectors: ["autonomous-driving"],
        sources: ["src-b"],
        confidence: "medium",
      },
    ],
    entityLists: [
      { id: "platforms", name: L("Platforms"), total: 24, direction: "innovation", source: "src-a" },
    ],
    entities: [
      {
        id: "p1",
        list: "platforms",
        name: L("Baidu"),
        domain: L("Driving"),
        sector: "autonomous-driving",
        date: "2017-11-15",
        source: "src-b",
        confidence: "medium",
      },
    ],
    targets: [
      {
        id: "t1",
        indicator: "firms",
        label: L("Firms target"),
        type: "min",
        value: 2000,
        due: "2025",
        baseline: "firms-2022",
        source: "src-a",
        confidence: "high",
        document: "plan",
      },
    ],
    policyDocuments: [
      {
        id: "plan",
        number: "京政发〔2023〕14号",
        title: "Plan title as written",
        name: L("Plan"),
        issuers: [],
        published: "2023-05-30",
        instrument: "action-plan",
        directions: ["foundations"],
        url: null,
        sources: ["src-a"],
        confidence: "high",
      },
    ],
    cityFigures: [
      {
        id: "shanghai-firms",
        city: "shanghai",
        asOf: "2025-09",
        value: 394,
        unit: "enterprise",
        definition: L("Major firms"),
        definitionId: "shanghai-major-firms",
        source: "src-b",
        confidence: "high",
      },
    ],
    changes: [
      {
        id: "2026-01-02-observations-firms-2024-value",
        date: "2026-01-02",
        kind: "revised",
        file: "observations",
        record: "firms-2024",
        field: "value",
        old: 2300,
        new: 2400,
        reason: L("Corrected to the figure the source gives"),
        source: "src-a",
        indicator: "firms",
        directions: ["foundations"],
      },
    ],
  };
}

export type FixtureRecords = ReturnType<typeof fixtureRecords>;

export function toRaw(records: Record<string, unknown>): RawFiles {
  const r = records as Record<keyof RawFiles, unknown>;
  const out = {} as RawFiles;
  for (const key of Object.keys(DATA_FILES) as (keyof RawFiles)[]) {
    out[key] = JSON.stringify(r[key]);
  }
  return out;
}
