/**
 * A small, fully built dataset for the unit tests of views, tables, search, charts and exports. Those tests
 * used to read the live data/ folder, so correcting a real figure broke them; they read this instead.
 *
 * It is built through lib/data/build, the path the real files take, so every record here passes the same
 * schemas and cross-checks. Compared with the raw fixture in ./fixture.ts (the baseline the build tests break
 * one thing at a time), it holds what views need to have something to show and something to leave out:
 * - three districts (one with no record at all) and two sectors, with series broken down by both;
 * - figures from 2019 to 2025, of every kind of figure (exact, about, over) and every confidence;
 * - a series with a later count of another definition beside it;
 * - targets of every status group: achieved, on track, behind, overdue, not enough data (due dates are far
 *   in the past or in 2099, so the statuses do not move as the clock does);
 * - measures of several statuses, a plan whose period has ended, bodies in and out of a district;
 * - sources with and without a link, and one without a known publisher.
 *
 * Ids follow the overview's fixed series (core-output, ad-vehicles, …) because lib/queries/overview.ts picks
 * those by id. Names are fixture names and figures small round numbers, so none can pass for real data.
 */
import type { z } from "zod";
import { buildDataset } from "@/lib/data/build";
import type { Dataset } from "@/lib/data/types";
import { DATA_FILES } from "@/lib/domain/schema";
import { fixtureDirections, L, toRaw } from "./fixture";

type DataFile = keyof typeof DATA_FILES;
/** The records of every data file, as written in the files (before defaults are filled in). */
export type DatasetRecords = { [K in DataFile]: z.input<(typeof DATA_FILES)[K]["schema"]>[] };

/** A text in three scripts, for the search tests that find a record from another language. */
const T = (en: string, ko: string, zh: string) => ({ en, ko, zh });

type Input<K extends DataFile> = DatasetRecords[K][number];

/** An indicator whose definition code is derived from its id ("firms-def"), as its figures' are. */
function series(
  id: string,
  direction: Input<"indicators">["direction"],
  kind: Input<"indicators">["kind"],
  unit: Input<"indicators">["unit"],
  label: Input<"indicators">["label"],
  definition: string,
  more: Partial<Input<"indicators">> = {},
): Input<"indicators"> {
  return { id, direction, kind, unit, label, definition: L(definition), definitionId: `${id}-def`, ...more };
}

/** A figure of an indicator, with an id and definition derived from it ("firms-2024", "firms-def"). */
function figure(
  indicator: string,
  asOf: string,
  value: number,
  source: string,
  confidence: Input<"observations">["confidence"],
  more: Partial<Input<"observations">> = {},
): Input<"observations"> {
  return {
    id: `${indicator}-${asOf}`,
    indicator,
    definition: `${indicator}-def`,
    value,
    asOf,
    source,
    confidence,
    ...more,
  };
}

/** An "at least" target set by the test plan's source. */
function target(
  id: string,
  indicator: string,
  value: number,
  due: string,
  more: Partial<Input<"targets">> = {},
): Input<"targets"> {
  return {
    id,
    indicator,
    label: L(`Target ${id}`),
    type: "min",
    value,
    due,
    source: "src-plan",
    confidence: "high",
    ...more,
  };
}

export function fixtureDatasetRecords(): DatasetRecords {
  return {
    sources: [
      {
        id: "src-a",
        publisher: L("Pub A"),
        title: "Title A",
        description: L("Report A"),
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
        description: L("Report B"),
        published: null,
        url: "https://example.org/b",
        language: "en",
        kind: "report",
        confidence: "medium",
      },
      {
        id: "src-c",
        publisher: null,
        title: "Title C",
        description: L("Reprint C"),
        published: "2024-01-10",
        url: "https://example.org/c",
        language: "zh",
        kind: "reprint",
        confidence: "secondary",
      },
      {
        id: "src-plan",
        publisher: L("Pub Gov"),
        title: "测试计划（京测〔2023〕1号）",
        description: L("Test plan as published"),
        published: "2023-05-30",
        url: "https://example.org/plan",
        language: "zh",
        kind: "policy",
        confidence: "high",
      },
    ],
    directions: fixtureDirections(),
    districts: [
      { code: "haidian", order: 1, kind: "district", name: T("Haidian District", "하이뎬구", "海淀区") },
      { code: "bda", order: 2, kind: "functional-zone", name: T("BDA", "경제개발구", "经开区") },
      // No record is about it: a filter on it leaves only the city-wide series.
      { code: "chaoyang", order: 3, kind: "district", name: T("Chaoyang District", "차오양구", "朝阳区") },
    ],
    sectors: [
      { code: "autonomous-driving", order: 1, name: T("Autonomous driving", "자율주행", "自动驾驶") },
      { code: "large-models", order: 2, name: T("Large models", "대형 모델", "大模型") },
    ],
    indicators: [
      series("firms", "foundations", "count", "enterprise", T("Firms", "기업", "企业"), "Core firms", {
        headline: 1,
        laterCount: "firms-new",
        updateEveryMonths: 12,
      }),
      // The later count of another definition shown beside "firms", never compared with it.
      series(
        "firms-new",
        "foundations",
        "count",
        "enterprise",
        T("Firms, new count", "기업 신규", "企业新口径"),
        "All firms",
      ),
      series("share", "foundations", "share", "percent", T("Share", "비중", "占比"), "Share of firms", {
        headline: 2,
      }),
      // The overview's three output series, one definition each, in the order it draws them.
      series(
        "ai-related-output",
        "foundations",
        "money",
        "yuan-bn",
        T("Related output", "관련 산출", "相关产值"),
        "Wide",
      ),
      series(
        "ai-output",
        "foundations",
        "money",
        "yuan-bn",
        T("Output", "산출", "产值"),
        "Boundary not stated",
      ),
      series(
        "core-output",
        "foundations",
        "money",
        "yuan-bn",
        T("Core output", "핵심 산출", "核心产值"),
        "Full year",
        {
          updateEveryMonths: 12,
        },
      ),
      // The overview's fleet series; its figures are about one zone (district) of one sector.
      series(
        "ad-vehicles",
        "application",
        "count",
        "vehicle",
        T("Vehicles", "자율주행 차량", "自动驾驶车辆"),
        "Fleet",
        {
          sector: "autonomous-driving",
          updateEveryMonths: 6,
        },
      ),
      series(
        "haidian-area",
        "innovation",
        "area",
        "km2",
        T("Model area", "모델 구역 면적", "模型区面积"),
        "Zone area",
      ),
      series("haidian-parks", "innovation", "count", "park", T("Parks", "단지", "园区"), "Model parks"),
    ],
    observations: [
      figure("firms", "2022-10-31", 100, "src-a", "high"),
      figure("firms", "2024", 120, "src-b", "medium", { qualifier: "over" }),
      figure("firms-new", "2025-06", 150, "src-b", "medium"),
      figure("share", "2022-10-31", 20, "src-a", "high"),
      figure("ai-related-output", "2019", 10, "src-b", "medium", { reportedGrowthPct: 5 }),
      figure("ai-output", "2020", 12, "src-a", "high"),
      figure("core-output", "2023", 20, "src-a", "high", { qualifier: "over" }),
      figure("core-output", "2024", 25, "src-a", "high", { qualifier: "over", reportedGrowthPct: 12 }),
      // The fleet: every kind of figure and every confidence, one source used twice, one without a publisher.
      figure("ad-vehicles", "2022-03", 10, "src-b", "medium", { qualifier: "about", district: "bda" }),
      figure("ad-vehicles", "2023-03", 20, "src-b", "medium", { district: "bda" }),
      figure("ad-vehicles", "2023-12", 30, "src-c", "secondary", { district: "bda" }),
      figure("ad-vehicles", "2024-04", 40, "src-a", "high", { qualifier: "over", district: "bda" }),
      figure("ad-vehicles", "2024-10", 50, "src-b", "medium", { qualifier: "about", district: "bda" }),
      // Two Haidian series, broken down by district and by sector.
      figure("haidian-area", "2019", 2, "src-a", "high", { district: "haidian", sector: "large-models" }),
      figure("haidian-area", "2024-01", 6, "src-c", "secondary", {
        district: "haidian",
        sector: "large-models",
      }),
      figure("haidian-parks", "2024-01", 3, "src-c", "secondary", {
        district: "haidian",
        sector: "large-models",
      }),
    ],
    measures: [
      {
        id: "zone-opened",
        direction: "application",
        kind: "milestone",
        status: "in-operation",
        title: T("Driving zone opened", "자율주행 시범구 개방", "自动驾驶示范区开放"),
        description: L("The zone opens to testing"),
        date: "2020-09",
        districts: ["bda"],
        sectors: ["autonomous-driving"],
        sources: ["src-b"],
        confidence: "medium",
      },
      {
        id: "robotaxi",
        direction: "application",
        kind: "deployment",
        status: "commercial-pilot",
        title: T("Robotaxi", "로보택시", "无人出租车"),
        description: L("Paid rides"),
        date: "2021-11-25",
        districts: ["bda"],
        sectors: ["autonomous-driving"],
        sources: ["src-b", "src-c"],
        confidence: "medium",
      },
      {
        id: "model-measures",
        direction: "foundations",
        kind: "policy",
        status: "completed",
        title: T("Model measures", "모델 조치", "模型措施"),
        description: L("Measures for the model zone"),
        date: "2023-05",
        districts: ["haidian"],
        sectors: ["large-models"],
        sources: ["src-plan"],
        confidence: "high",
        document: "plan",
      },
      {
        // Recorded as in operation, but its period ended in 2024: readers see "period ended".
        id: "ended-programme",
        direction: "governance",
        kind: "programme",
        status: "in-operation",
        title: L("Ended programme"),
        description: L("A programme for 2023–2024"),
        date: "2023",
        ends: "2024",
        sources: ["src-a"],
        confidence: "high",
      },
    ],
    entityLists: [
      {
        id: "platforms",
        name: T("Platforms", "플랫폼", "平台"),
        total: 24,
        direction: "innovation",
        source: "src-a",
      },
    ],
    entities: [
      {
        id: "lab-a",
        list: "platforms",
        name: T("Lab A", "연구소 A", "实验室甲"),
        domain: L("Models"),
        sector: "large-models",
        district: "haidian",
        date: "2019-08",
        source: "src-a",
        confidence: "high",
      },
      {
        id: "lab-b",
        list: "platforms",
        name: T("Lab B", "연구소 B", "实验室乙"),
        domain: L("Driving"),
        sector: "autonomous-driving",
        district: "bda",
        date: "2021",
        source: "src-b",
        confidence: "medium",
      },
      {
        id: "lab-c",
        list: "platforms",
        name: T("Lab C", "연구소 C", "实验室丙"),
        domain: L("Speech"),
        source: "src-c",
        confidence: "secondary",
      },
    ],
    targets: [
      // Its 2024 figure (over 120) is of the due year and falls short: missed, so behind.
      target("firms-by-2024", "firms", 200, "2024", { baseline: "firms-2022-10-31", document: "plan" }),
      // The latest figure (20) already meets it: achieved.
      target("share-by-2099", "share", 15, "2099"),
      // Growing far faster than the goal needs: on track.
      target("haidian-area-by-2099", "haidian-area", 10, "2099", { document: "plan" }),
      // One figure only, so no pace: not enough data.
      target("ai-output-by-2099", "ai-output", 20, "2099"),
      // A level and a growth rate on one series, both due in 2025 with no figure of 2025 or later: overdue.
      // A chart draws the first as a line and says the second in words.
      target("core-output-by-2025", "core-output", 30, "2025", { document: "plan" }),
      target("core-output-growth-by-2025", "core-output", 10, "2025", { kind: "growth", document: "plan" }),
    ],
    policyDocuments: [
      {
        id: "plan",
        number: "京测〔2023〕1号",
        title: "测试计划",
        name: T("Test plan", "시험 계획", "测试计划"),
        issuers: [],
        published: "2023-05-30",
        instrument: "action-plan",
        directions: ["foundations", "innovation"],
        url: "https://example.org/plan",
        sources: ["src-plan"],
        confidence: "high",
      },
    ],
    cityFigures: [
      {
        id: "shanghai-firms",
        city: "shanghai",
        asOf: "2025-09",
        value: 40,
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
        old: 110,
        new: 120,
        reason: L("Corrected to the figure the source gives"),
        source: "src-b",
        indicator: "firms",
        directions: ["foundations"],
      },
    ],
  };
}

let built: Dataset | undefined;

/**
 * The fixture, validated and indexed like the real data. One object per test file, so the caches keyed on a
 * dataset (selections, the search index) work as they do on the server.
 */
export function fixtureDataset(): Dataset {
  if (built) return built;
  const result = buildDataset(toRaw(fixtureDatasetRecords()), new Date("2026-01-02T00:00:00Z"));
  if (!result.ok)
    throw new Error(
      `the test fixture is invalid:\n${result.issues.map((i) => `${i.file} ${i.record} ${i.field}: ${i.message}`).join("\n")}`,
    );
  built = result.dataset;
  return built;
}
