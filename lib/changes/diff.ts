/**
 * What changed between two states of `data/`: the comparison behind `npm run data:changes` (which drafts
 * change-log entries) and `npm run data:check` (which refuses data changed without an entry). Pure: it
 * works on the files' parsed JSON, so a release from git, a folder or a test fixture compare alike.
 */
import type { ChangeKind, DirectionCode } from "@/lib/domain/codes";
import { CHANGED_FILES, type ChangedFile } from "@/lib/domain/schema";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type RawRecord = { [key: string]: Json };
/** The records of each data file, as parsed JSON. A file that is absent is empty. */
export type Snapshot = Partial<Record<ChangedFile, readonly RawRecord[]>>;

/** A change found by the comparison; the editor adds the date, the reasons and the id. */
export interface DraftChange {
  kind: ChangeKind;
  file: ChangedFile;
  record: string;
  previousId: string | null;
  field: string | null;
  old: Json;
  new: Json;
  source: string | null;
  indicator: string | null;
  directions: DirectionCode[];
}

export function keyOf(r: RawRecord): string {
  const k = r.id ?? r.code;
  return typeof k === "string" ? k : JSON.stringify(k);
}

/** JSON with keys in a fixed order, so equal records print equal. */
export function canonical(value: Json | undefined): string {
  if (value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** An absent field, null and an empty list all say "none": going from one to another changes nothing. */
const isNone = (v: Json | undefined) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
export const sameValue = (a: Json | undefined, b: Json | undefined) =>
  (isNone(a) && isNone(b)) || canonical(a ?? null) === canonical(b ?? null);
const same = sameValue;
const str = (v: Json | undefined): string | null => (typeof v === "string" ? v : null);

/** What a record is, in a word: shown as the old or new value of a record added or withdrawn. */
export function summaryOf(file: ChangedFile, r: RawRecord): Json {
  if (file === "observations" || file === "cityFigures") return r.value ?? null;
  return r.label ?? r.title ?? r.name ?? r.description ?? keyOf(r);
}

/** Equal but for the given fields. */
function sameExcept(a: RawRecord, b: RawRecord, ignored: ReadonlySet<string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!ignored.has(k) && !same(a[k], b[k])) return false;
  return true;
}
/** A rename changes the id and nothing else. */
const RENAME = new Set(["id", "code"]);
/** A figure split off into a new series changes its id, its indicator and the definition it carries. */
const SPLIT = new Set(["id", "code", "indicator", "definition"]);

interface Context {
  before: Snapshot;
  after: Snapshot;
}

type Side = "before" | "after";

/** An indicator as it was (or is), else as it is (or was). */
function indicatorRecord(ctx: Context, id: string | null, side: Side = "after"): RawRecord | undefined {
  if (id === null) return undefined;
  const find = (s: Snapshot) => s.indicators?.find((i) => i.id === id);
  return side === "after" ? (find(ctx.after) ?? find(ctx.before)) : (find(ctx.before) ?? find(ctx.after));
}

/** The indicator, directions and source a change is about, for filtering and citing. */
function placeOf(
  ctx: Context,
  file: ChangedFile,
  r: RawRecord,
  side: Side = "after",
): Pick<DraftChange, "source" | "indicator" | "directions"> {
  const indicator =
    file === "indicators"
      ? keyOf(r)
      : file === "observations" || file === "targets"
        ? str(r.indicator)
        : null;
  const dirs = new Set<DirectionCode>();
  const ind = indicatorRecord(ctx, indicator, side);
  const add = (v: Json | undefined) => {
    if (typeof v === "string") dirs.add(v as DirectionCode);
  };
  if (ind) add(ind.direction);
  if (file === "measures" || file === "entityLists" || file === "directions")
    add(file === "directions" ? r.code : r.direction);
  if (file === "policyDocuments" && Array.isArray(r.directions)) r.directions.forEach(add);
  if (file === "entities") {
    const list = [...(ctx.after.entityLists ?? []), ...(ctx.before.entityLists ?? [])].find(
      (l) => l.id === r.list,
    );
    if (list) add(list.direction);
  }
  if (file === "sources") {
    const cites = (s: Snapshot) => (s.observations ?? []).filter((o) => o.source === keyOf(r));
    for (const o of [...cites(ctx.after), ...cites(ctx.before)])
      add(indicatorRecord(ctx, str(o.indicator))?.direction);
  }
  const source =
    file === "sources"
      ? keyOf(r)
      : (str(r.source) ?? (Array.isArray(r.sources) ? (str(r.sources[0]) ?? null) : null));
  // Only a source still in the data can be named as the one a change rests on.
  const exists = source !== null && (ctx.after.sources ?? []).some((x) => x.id === source);
  return { source: exists ? source : null, indicator, directions: [...dirs].sort() };
}

function diffFile(ctx: Context, file: ChangedFile): DraftChange[] {
  const before = new Map((ctx.before[file] ?? []).map((r) => [keyOf(r), r]));
  const after = new Map((ctx.after[file] ?? []).map((r) => [keyOf(r), r]));
  const oldIndicators = new Set((ctx.before.indicators ?? []).map(keyOf));
  const out: DraftChange[] = [];
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const paired = new Set<string>();

  // A record withdrawn under one id and added under another, otherwise equal, was renamed; a figure that
  // moved to a series that did not exist before (and changed nothing else) had its definition split off.
  // Anything more is a withdrawal and an addition, each with its own entry.
  const isSplitTarget = (r: RawRecord) =>
    file === "observations" && !oldIndicators.has(str(r.indicator) ?? "");
  for (const oldId of removed) {
    const old = before.get(oldId);
    if (!old) continue;
    const newId = added.find((k) => {
      const candidate = after.get(k);
      return (
        !paired.has(k) &&
        candidate !== undefined &&
        (sameExcept(old, candidate, RENAME) ||
          (isSplitTarget(candidate) && sameExcept(old, candidate, SPLIT)))
      );
    });
    const now = newId === undefined ? undefined : after.get(newId);
    if (newId === undefined || now === undefined) continue;
    paired.add(newId);
    paired.add(`-${oldId}`);
    const split = !same(old.indicator, now.indicator);
    out.push({
      kind: split ? "definition-split" : "technical",
      file,
      record: newId,
      previousId: oldId,
      field: split ? "indicator" : "id",
      old: split ? (old.indicator ?? null) : oldId,
      new: split ? (now.indicator ?? null) : newId,
      ...placeOf(ctx, file, now),
    });
  }
  for (const [id, now] of after) {
    const old = before.get(id);
    if (old === undefined) {
      if (paired.has(id)) continue;
      out.push({
        kind: "added",
        file,
        record: id,
        previousId: null,
        field: null,
        old: null,
        new: summaryOf(file, now),
        ...placeOf(ctx, file, now),
      });
      continue;
    }
    const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
      (k) => !same(old[k], now[k]),
    );
    // A record that moved (another direction, another series) belongs to the filters of both places.
    const was = placeOf(ctx, file, old, "before");
    const is = placeOf(ctx, file, now);
    const place = { ...is, directions: [...new Set([...was.directions, ...is.directions])].sort() };
    for (const field of fields) {
      const moved =
        file === "observations" &&
        field === "indicator" &&
        typeof now.indicator === "string" &&
        !oldIndicators.has(now.indicator);
      out.push({
        // A figure's definition code follows its series: moved with it, it is bookkeeping, not news.
        kind: moved
          ? "definition-split"
          : file === "observations" && field === "definition" && fields.includes("indicator")
            ? "technical"
            : file === "sources"
              ? "source-corrected"
              : "revised",
        file,
        record: id,
        previousId: null,
        field,
        old: old[field] ?? null,
        new: now[field] ?? null,
        ...place,
      });
    }
  }
  for (const id of removed) {
    const old = before.get(id);
    if (old === undefined || paired.has(`-${id}`)) continue;
    out.push({
      kind: "withdrawn",
      file,
      record: id,
      previousId: null,
      field: null,
      old: summaryOf(file, old),
      new: null,
      ...placeOf(ctx, file, old),
    });
  }
  return out;
}

/** Every change from `before` to `after`, file by file in the order of the data files. */
export function diffSnapshots(before: Snapshot, after: Snapshot): DraftChange[] {
  const ctx = { before, after };
  return CHANGED_FILES.flatMap((file) => diffFile(ctx, file));
}

/** A stable, readable id for an entry: date, file, record and field. */
export function changeId(date: string, c: Pick<DraftChange, "file" | "record" | "field" | "kind">): string {
  const slug = (s: string) =>
    s
      .replace(/([a-z])([A-Z])/g, "$1-$2")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return [date, slug(c.file), slug(c.record), slug(c.field ?? c.kind)].filter((s) => s !== "").join("-");
}
