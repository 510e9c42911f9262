/** A tiny, valid dataset for unit tests, as raw file texts. Tests break one thing at a time. */
import type { RawFiles } from "@/lib/data/build";

const L = (en: string) => ({ en, ko: `${en} (ko)`, zh: `${en} (zh)` });

export function fixtureRecords() {
  return {
    sources: [
      {
        id: "src-a",
        publisher: "Pub A",
        title: "Title A",
        label: L("A"),
        date: "2023-02-15",
        url: null,
        language: "ko",
        kind: "news",
        confidence: "high",
      },
      {
        id: "src-b",
        publisher: "Pub B",
        title: "Title B",
        label: L("B"),
        date: "2024",
        url: "https://example.org/b",
        language: "en",
        kind: "report",
        confidence: "medium",
      },
    ],
    directions: (["innovation", "foundations", "application", "governance", "talent"] as const).map(
      (code, i) => ({
        code,
        order: i + 1,
        name: L(code),
        goal: L(`goal ${code}`),
        summary: L(`summary ${code}`),
        source: "src-a",
      }),
    ),
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
        headline: 1,
      },
      {
        id: "share",
        direction: "foundations",
        kind: "share",
        unit: "percent",
        label: L("Share"),
        definition: L("Share"),
        headline: 2,
      },
      {
        id: "vehicles",
        direction: "application",
        kind: "count",
        unit: "vehicle",
        label: L("Vehicles"),
        definition: L("Fleet"),
        sector: "autonomous-driving",
      },
    ],
    observations: [
      {
        id: "firms-2022",
        indicator: "firms",
        value: 1048,
        asOf: "2022-10-31",
        source: "src-a",
        confidence: "high",
      },
      {
        id: "firms-2024",
        indicator: "firms",
        value: 1200,
        qualifier: "over",
        asOf: "2024",
        source: "src-b",
        confidence: "medium",
      },
      {
        id: "share-2022",
        indicator: "share",
        value: 29,
        asOf: "2022-10-31",
        source: "src-a",
        confidence: "high",
      },
      {
        id: "vehicles-2023",
        indicator: "vehicles",
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
        approved: "2017-11-15",
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
      },
    ],
  };
}

export type FixtureRecords = ReturnType<typeof fixtureRecords>;

export function toRaw(records: Record<string, unknown>): RawFiles {
  const r = records as Record<keyof RawFiles, unknown>;
  const out = {} as RawFiles;
  for (const key of [
    "sources",
    "directions",
    "districts",
    "sectors",
    "indicators",
    "observations",
    "measures",
    "entityLists",
    "entities",
    "targets",
  ] as const) {
    out[key] = JSON.stringify(r[key]);
  }
  return out;
}
