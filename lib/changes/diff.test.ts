import { describe, expect, it } from "vitest";
import { changeId, diffSnapshots, type Snapshot } from "./diff";
import { fingerprints, unloggedChanges } from "./release";
import type { ChangeRecord } from "@/lib/domain/schema";

const before: Snapshot = {
  sources: [{ id: "src-a", title: "Old title", publisher: null }],
  indicators: [
    { id: "zone-area", direction: "application", label: { en: "Zone area", ko: "면적", zh: "面积" } },
    { id: "firms", direction: "foundations", label: { en: "Firms", ko: "기업", zh: "企业" } },
  ],
  observations: [
    { id: "firms-2022", indicator: "firms", value: 1048, asOf: "2022-10", source: "src-a" },
    { id: "firms-2023", indicator: "firms", value: 1200, asOf: "2023", source: "src-a" },
    { id: "zone-2021", indicator: "zone-area", value: 60, asOf: "2021-11", source: "src-a" },
  ],
};

function after(): Snapshot {
  const s = structuredClone(before) as { [K in keyof Snapshot]-?: NonNullable<Snapshot[K]>[number][] };
  s.sources = s.sources.map((r) => ({ ...r, title: "北京人工智能核心企業達1048家" }));
  s.indicators.push({
    id: "paid-pilot-area",
    direction: "application",
    label: { en: "Paid pilot area", ko: "유료", zh: "收费" },
  });
  s.observations = s.observations.map((o) => (o.id === "firms-2022" ? { ...o, value: 1050 } : o));
  s.observations = s.observations.filter((o) => o.id !== "firms-2023");
  s.observations.push({ id: "firms-2024", indicator: "firms", value: 2400, asOf: "2024", source: "src-a" });
  // The 60 km² figure moves to a new series under a new id: a definition split.
  s.observations = s.observations.map((o) =>
    o.id === "zone-2021" ? { ...o, id: "paid-pilot-2021", indicator: "paid-pilot-area" } : o,
  );
  return s;
}

describe("the change-log diff", () => {
  const changes = diffSnapshots(before, after());
  const find = (kind: string, record: string) => changes.find((c) => c.kind === kind && c.record === record);

  it("finds a revised figure with its old and new value, indicator and direction", () => {
    expect(find("revised", "firms-2022")).toMatchObject({
      file: "observations",
      field: "value",
      old: 1048,
      new: 1050,
      indicator: "firms",
      directions: ["foundations"],
      source: "src-a",
    });
  });
  it("finds a figure added and one withdrawn, with the value as new or old", () => {
    expect(find("added", "firms-2024")).toMatchObject({ old: null, new: 2400, field: null });
    expect(find("withdrawn", "firms-2023")).toMatchObject({ old: 1200, new: null });
  });
  it("calls a source's edit a source correction", () => {
    expect(find("source-corrected", "src-a")).toMatchObject({
      field: "title",
      old: "Old title",
      source: "src-a",
    });
  });
  it("sees a figure moved to a new series as a definition split, not a withdrawal and an addition", () => {
    expect(find("definition-split", "paid-pilot-2021")).toMatchObject({
      previousId: "zone-2021",
      old: "zone-area",
      new: "paid-pilot-area",
    });
    expect(find("withdrawn", "zone-2021")).toBeUndefined();
    expect(find("added", "paid-pilot-2021")).toBeUndefined();
    expect(find("added", "paid-pilot-area")).toMatchObject({
      file: "indicators",
      directions: ["application"],
    });
  });
  it("files a record renamed with the same content as a technical change", () => {
    const s: Snapshot = { ...before, sources: before.sources?.map((r) => ({ ...r, id: "src-renamed" })) };
    expect(diffSnapshots(before, s)).toEqual([
      expect.objectContaining({
        kind: "technical",
        record: "src-renamed",
        previousId: "src-a",
        old: "src-a",
        new: "src-renamed",
      }),
    ]);
  });
  it("does not hide a change behind a rename: renamed and revised is a withdrawal and an addition", () => {
    const s: Snapshot = {
      ...before,
      sources: before.sources?.map((r) => ({ ...r, id: "src-new", title: "Another title" })),
    };
    const kinds = diffSnapshots(before, s).map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(["added", "withdrawn"]));
    expect(kinds).not.toContain("technical");
  });
  it("files a record that moved direction under both directions", () => {
    const s: Snapshot = {
      ...before,
      indicators: before.indicators?.map((i) => (i.id === "firms" ? { ...i, direction: "governance" } : i)),
    };
    expect(diffSnapshots(before, s)).toEqual([
      expect.objectContaining({
        kind: "revised",
        field: "direction",
        directions: ["foundations", "governance"],
      }),
    ]);
  });
  it("sees no change where a field goes from absent to empty (null or an empty list)", () => {
    // Adding `alsoReportedBy: []` or `original: null` to a figure changes nothing a reader sees.
    const s = structuredClone(before);
    s.observations = s.observations?.map((o) => ({ ...o, alsoReportedBy: [], original: null }));
    expect(diffSnapshots(before, s)).toEqual([]);
    const cited = structuredClone(before);
    cited.observations = cited.observations?.map((o) => ({ ...o, alsoReportedBy: ["src-b"] }));
    expect(diffSnapshots(before, cited).map((c) => c.field)).toEqual([
      "alsoReportedBy",
      "alsoReportedBy",
      "alsoReportedBy",
    ]);
  });
  it("finds nothing between equal states, whatever the key order", () => {
    const reordered = structuredClone(before);
    reordered.observations = reordered.observations?.map((o) =>
      Object.fromEntries(Object.entries(o).reverse()),
    );
    expect(diffSnapshots(before, reordered)).toEqual([]);
  });
  it("gives readable, unique ids", () => {
    const ids = changes.map((c) => changeId("2026-11-27", c));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("2026-11-27-observations-firms-2022-value");
  });
});

describe("data:check's rule: no change without an entry", () => {
  const release = { release: "2026-11-27", records: fingerprints(before) };
  const entry = (record: string, released: string | null): ChangeRecord =>
    ({ file: "observations", record, previousId: null, release: released }) as ChangeRecord;

  it("lists every record changed, added or removed since the release", () => {
    const found = unloggedChanges(after(), release, []);
    expect(found).toEqual(
      expect.arrayContaining([
        { file: "sources", record: "src-a", what: "changed" },
        { file: "observations", record: "firms-2022", what: "changed" },
        { file: "observations", record: "firms-2024", what: "added" },
        { file: "observations", record: "firms-2023", what: "removed" },
      ]),
    );
  });
  it("accepts a change covered by an unreleased entry, not by one already released", () => {
    const logged = unloggedChanges(after(), release, [entry("firms-2022", null)]).map((u) => u.record);
    expect(logged).not.toContain("firms-2022");
    const old = unloggedChanges(after(), release, [entry("firms-2022", "2026-01-01")]).map((u) => u.record);
    expect(old).toContain("firms-2022");
  });
  it("is silent when nothing changed", () => {
    expect(unloggedChanges(before, release, [])).toEqual([]);
  });
});
