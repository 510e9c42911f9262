import { createHash } from "node:crypto";
import { z } from "zod";
import { DATA_FILES } from "@/lib/domain/schema";
import { CONFIDENCES } from "@/lib/domain/codes";
import { compareDates } from "@/lib/format/dates";
import { sameValue } from "@/lib/changes/diff";
import type { DataIssue, Dataset } from "./types";

export type DataFileKey = keyof typeof DATA_FILES;
export type RawFiles = Record<DataFileKey, string>;

export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

type Parsed = { [K in DataFileKey]: z.infer<(typeof DATA_FILES)[K]["schema"]>[] };

function recordLabel(value: unknown, index: number): string {
  if (typeof value === "object" && value !== null) {
    const id = "id" in value ? value.id : "code" in value ? value.code : undefined;
    if (typeof id === "string") return `#${index + 1} (${id})`;
  }
  return `#${index + 1}`;
}

function parseFile<K extends DataFileKey>(key: K, text: string, issues: DataIssue[]): Parsed[K] | null {
  const { file, schema } = DATA_FILES[key];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    issues.push({ file, record: null, field: null, message: `not valid JSON (${reason})` });
    return null;
  }
  if (!Array.isArray(json)) {
    issues.push({ file, record: null, field: null, message: "expected a JSON array of records" });
    return null;
  }
  const out: unknown[] = [];
  let failed = false;
  json.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      out.push(result.data);
      return;
    }
    failed = true;
    for (const problem of result.error.issues) {
      issues.push({
        file,
        record: recordLabel(item, index),
        field: problem.path.length > 0 ? problem.path.map(String).join(".") : null,
        message: problem.message,
      });
    }
  });
  // Every record passed its schema, so the array has the parsed type.
  return failed ? null : (out as Parsed[K]);
}

function checkUnique(file: string, items: readonly { id?: string; code?: string }[], issues: DataIssue[]) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = item.id ?? item.code ?? "";
    if (seen.has(key)) {
      issues.push({
        file,
        record: `#${index + 1} (${key})`,
        field: item.id ? "id" : "code",
        message: `duplicate id "${key}"`,
      });
    }
    seen.add(key);
  });
}

/** Validates every file, then every reference between files. Returns a dataset only if all is well. */
export function buildDataset(raw: RawFiles, updatedAt: Date = new Date()): BuildResult {
  const issues: DataIssue[] = [];
  const parsed = {} as { [K in DataFileKey]: Parsed[K] | null };
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    (parsed as Record<DataFileKey, unknown>)[key] = parseFile(key, raw[key], issues);
  }
  const p = parsed;
  if (
    !p.sources ||
    !p.directions ||
    !p.districts ||
    !p.sectors ||
    !p.indicators ||
    !p.observations ||
    !p.measures ||
    !p.entityLists ||
    !p.entities ||
    !p.targets ||
    !p.policyDocuments ||
    !p.cityFigures ||
    !p.changes
  ) {
    return { ok: false, issues };
  }
  const {
    sources,
    directions,
    districts,
    sectors,
    indicators,
    observations,
    measures,
    entityLists,
    entities,
    targets,
    policyDocuments,
    cityFigures,
    changes,
  } = p;

  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    checkUnique(DATA_FILES[key].file, p[key] ?? [], issues);
  }

  const ids = {
    source: new Set(sources.map((s) => s.id)),
    indicator: new Set(indicators.map((i) => i.id)),
    district: new Set(districts.map((d) => d.code)),
    sector: new Set(sectors.map((s) => s.code)),
    list: new Set(entityLists.map((l) => l.id)),
    document: new Set(policyDocuments.map((d) => d.id)),
  };
  const observationById = new Map(observations.map((o) => [o.id, o]));
  const ref = (file: string, record: string, field: string, kind: keyof typeof ids, value: string | null) => {
    if (value !== null && !ids[kind].has(value)) {
      issues.push({ file, record, field, message: `unknown ${kind} "${value}"` });
    }
  };

  directions.forEach((d) => ref("directions.json", d.code, "source", "source", d.source));
  indicators.forEach((i) => {
    ref("indicators.json", i.id, "companion", "indicator", i.companion);
    ref("indicators.json", i.id, "laterCount", "indicator", i.laterCount);
    // A later count is shown beside this one precisely because it counts something else.
    const later = i.laterCount ? indicators.find((x) => x.id === i.laterCount) : undefined;
    if (later && later.definitionId === i.definitionId)
      issues.push({
        file: "indicators.json",
        record: i.id,
        field: "laterCount",
        message: `"${later.id}" has the same definition: it belongs in this series, not beside it`,
      });
    ref("indicators.json", i.id, "sector", "sector", i.sector);
  });
  observations.forEach((o) => {
    ref("observations.json", o.id, "indicator", "indicator", o.indicator);
    ref("observations.json", o.id, "source", "source", o.source);
    ref("observations.json", o.id, "original", "source", o.original);
    o.alsoReportedBy.forEach((s, i) => ref("observations.json", o.id, `alsoReportedBy.${i}`, "source", s));
    ref("observations.json", o.id, "district", "district", o.district);
    ref("observations.json", o.id, "sector", "sector", o.sector);
  });
  measures.forEach((m) => {
    ref("measures.json", m.id, "document", "document", m.document);
    m.sources.forEach((s, i) => ref("measures.json", m.id, `sources.${i}`, "source", s));
    m.districts.forEach((d, i) => ref("measures.json", m.id, `districts.${i}`, "district", d));
    m.sectors.forEach((s, i) => ref("measures.json", m.id, `sectors.${i}`, "sector", s));
  });
  entityLists.forEach((l) => ref("entity-lists.json", l.id, "source", "source", l.source));
  entities.forEach((e) => {
    ref("entities.json", e.id, "list", "list", e.list);
    ref("entities.json", e.id, "source", "source", e.source);
    ref("entities.json", e.id, "district", "district", e.district);
    ref("entities.json", e.id, "sector", "sector", e.sector);
  });
  policyDocuments.forEach((d) =>
    d.sources.forEach((s, i) => ref("policy-documents.json", d.id, `sources.${i}`, "source", s)),
  );
  cityFigures.forEach((c) => ref("city-figures.json", c.id, "source", "source", c.source));
  targets.forEach((t) => {
    ref("targets.json", t.id, "indicator", "indicator", t.indicator);
    ref("targets.json", t.id, "source", "source", t.source);
    ref("targets.json", t.id, "document", "document", t.document);
    if (t.baseline !== null) {
      const base = observationById.get(t.baseline);
      if (!base)
        issues.push({
          file: "targets.json",
          record: t.id,
          field: "baseline",
          message: `unknown observation "${t.baseline}"`,
        });
      else if (base.indicator !== t.indicator)
        issues.push({
          file: "targets.json",
          record: t.id,
          field: "baseline",
          message: `observation "${t.baseline}" belongs to indicator "${base.indicator}", not "${t.indicator}"`,
        });
    }
    if (t.type === "range" && (t.valueMax === null || t.valueMax < t.value)) {
      issues.push({
        file: "targets.json",
        record: t.id,
        field: "valueMax",
        message: "a range target needs valueMax ≥ value",
      });
    }
  });
  // One series, one definition: a figure reported under another definition belongs to another indicator.
  const definitionOf = new Map(indicators.map((i) => [i.id, i.definitionId]));
  for (const o of observations) {
    const expected = definitionOf.get(o.indicator);
    if (expected !== undefined && o.definition !== expected)
      issues.push({
        file: "observations.json",
        record: o.id,
        field: "definition",
        message: `"${o.definition}" differs from the definition of its indicator "${o.indicator}" ("${expected}"); a figure of another definition belongs to another indicator`,
      });
  }
  const definitionOwner = new Map<string, string>();
  for (const i of indicators) {
    const owner = definitionOwner.get(i.definitionId);
    if (owner)
      issues.push({
        file: "indicators.json",
        record: i.id,
        field: "definitionId",
        message: `"${i.definitionId}" is already the definition of "${owner}"; one definition, one series`,
      });
    definitionOwner.set(i.definitionId, i.id);
  }
  // One series, one slice: every figure of an indicator is about the same district and sector (a district's
  // share of a city-wide count is an indicator of its own), so a filter narrows a series as a whole.
  const sliceOf = new Map<string, { key: string; id: string }>();
  for (const o of observations) {
    const sectorOfIndicator = indicators.find((i) => i.id === o.indicator)?.sector ?? null;
    const key = `district ${o.district ?? "none (all of Beijing)"}, sector ${o.sector ?? sectorOfIndicator ?? "none"}`;
    const first = sliceOf.get(o.indicator);
    if (!first) sliceOf.set(o.indicator, { key, id: o.id });
    else if (first.key !== key)
      issues.push({
        file: "observations.json",
        record: o.id,
        field: o.district !== null || first.key.startsWith("district none") ? "district" : "sector",
        message: `is about ${key}, but "${first.id}" of the same indicator "${o.indicator}" is about ${first.key}; a different slice is a different indicator`,
      });
  }
  // The change log: a renamed record names its old id, a revision names its field.
  changes.forEach((c) => {
    // Entries are history: a source named by an entry may since have been withdrawn (the page then names
    // it without a link), so only an unreleased entry must point at a source that exists.
    if (c.release === null) ref("changes.json", c.id, "source", "source", c.source);
    if (c.kind === "technical" && c.field === "id" && c.previousId === null)
      issues.push({
        file: "changes.json",
        record: c.id,
        field: "previousId",
        message: "a renamed record needs its previous id",
      });
    // An entry says something changed: a revision from a value to the same value, or of a record added in
    // the same release, changed nothing a reader saw.
    if ((c.kind === "revised" || c.kind === "source-corrected") && sameValue(c.old, c.new))
      issues.push({
        file: "changes.json",
        record: c.id,
        field: "new",
        message: "the new value is the old one: an entry for a change that did not happen",
      });
    if (
      c.kind !== "added" &&
      c.kind !== "technical" &&
      changes.some(
        (a) => a.kind === "added" && a.file === c.file && a.record === c.record && a.release === c.release,
      )
    )
      issues.push({
        file: "changes.json",
        record: c.id,
        field: "kind",
        message: `"${c.record}" was added in the same release; a ${c.kind} entry about it describes a change no reader saw`,
      });
    if ((c.kind === "revised" || c.kind === "source-corrected") && c.field === null)
      issues.push({
        file: "changes.json",
        record: c.id,
        field: "field",
        message: `a ${c.kind} entry names the field that changed`,
      });
  });
  if (directions.length !== 5) {
    issues.push({
      file: "directions.json",
      record: null,
      field: null,
      message: `expected the 5 strategic directions, found ${directions.length}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const observationsByIndicator = new Map<string, typeof observations>();
  // Oldest first; two figures of the same date: the less certain first, so the latest is the surer one.
  const sure = (o: (typeof observations)[number]) => CONFIDENCES.length - CONFIDENCES.indexOf(o.confidence);
  for (const o of [...observations].sort((a, b) => compareDates(a.asOf, b.asOf) || sure(a) - sure(b))) {
    const list = observationsByIndicator.get(o.indicator) ?? [];
    list.push(o);
    observationsByIndicator.set(o.indicator, list);
  }
  const hash = createHash("sha256");
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) hash.update(raw[key]).update("\0");

  const dataset: Dataset = {
    version: hash.digest("hex").slice(0, 12),
    loadedAt: new Date().toISOString(),
    updatedAt: updatedAt.toISOString(),
    sources,
    directions: [...directions].sort((a, b) => a.order - b.order),
    districts: [...districts].sort((a, b) => a.order - b.order),
    sectors: [...sectors].sort((a, b) => a.order - b.order),
    indicators,
    observations,
    measures,
    entityLists,
    entities,
    targets,
    policyDocuments,
    cityFigures,
    // Newest first, as a log reads.
    changes: [...changes].sort((a, b) => compareDates(b.date, a.date)),
    index: {
      source: new Map(sources.map((s) => [s.id, s])),
      indicator: new Map(indicators.map((i) => [i.id, i])),
      observation: observationById,
      district: new Map(districts.map((d) => [d.code, d])),
      sector: new Map(sectors.map((s) => [s.code, s])),
      entityList: new Map(entityLists.map((l) => [l.id, l])),
      policyDocument: new Map(policyDocuments.map((d) => [d.id, d])),
      observationsByIndicator,
    },
  };
  return { ok: true, dataset };
}
