/**
 * Sorting for every table, in the browser and on the server. Numbers sort as numbers, dates by the day
 * they end on, text by the locale's collation; empty values go last whichever the direction.
 *
 * Built for 100,000 rows: each column gets an order index once per row set and locale (its distinct
 * values sorted, typed-array sort for numbers, the collator for text), cached and prebuilt in idle time
 * by the table, together with the column's ascending order of rows. A one-column sort (the usual click)
 * then walks that order, reversing groups for descending; a sort on several columns is a stable counting
 * sort on the integer ranks, one O(n) pass per key.
 */
import { endOf } from "@/lib/format/dates";
import { CONFIDENCES, MEASURE_STATUSES, TARGET_STATUSES } from "@/lib/domain/codes";
import { subsetPositions } from "./subset";
import { cellScalar, type ColumnSpec, type Primitive } from "./columns";
import type { GridRow as TableRow } from "./row";

/** One sort key: a column and its direction. */
export interface SortKey {
  id: string;
  desc: boolean;
}

const EMPTY = -1;
const caches = new WeakMap<readonly TableRow[], Map<string, Int32Array>>();
const orders = new WeakMap<readonly TableRow[], Map<string, { order: Int32Array; filled: number }>>();
const positions = new WeakMap<readonly TableRow[], Map<TableRow, number>>();

/** Where each of `rows` sits in `universe`: recorded by the filter, or else looked up row by row. */
function positionsIn(rows: readonly TableRow[], universe: readonly TableRow[]): Int32Array {
  const recorded = subsetPositions(rows, universe);
  if (recorded) return recorded;
  let pos = positions.get(universe);
  if (!pos) {
    pos = new Map();
    universe.forEach((r, i) => pos?.set(r, i));
    positions.set(universe, pos);
  }
  const at = new Int32Array(rows.length).fill(-1);
  rows.forEach((row, j) => (at[j] = pos?.get(row) ?? -1));
  return at;
}

function comparable(type: ColumnSpec["type"], v: Primitive): number | string {
  if (type === "date" && typeof v === "string") return endOf(v).getTime() * 10 + v.length;
  // Statuses sort from planned to completed, confidence from high to secondary.
  if (type === "status" && typeof v === "string") return (MEASURE_STATUSES as readonly string[]).indexOf(v);
  if (type === "confidence" && typeof v === "string") return (CONFIDENCES as readonly string[]).indexOf(v);
  // Target statuses from achieved to not enough data.
  if (type === "target-status" && typeof v === "string")
    return (TARGET_STATUSES as readonly string[]).indexOf(v);
  return v ?? "";
}

function cacheFor(rows: readonly TableRow[]): Map<string, Int32Array> {
  let cache = caches.get(rows);
  if (!cache) {
    cache = new Map();
    caches.set(rows, cache);
  }
  return cache;
}

/** ranks[i] = place of row i's value among the column's distinct values (equal values share it); -1 if empty. */
export function columnRanks(rows: readonly TableRow[], column: ColumnSpec, locale: string): Int32Array {
  const cache = cacheFor(rows);
  const key = `${column.id}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const n = rows.length;
  const valueId = new Int32Array(n).fill(EMPTY);
  const ids = new Map<string | number, number>();
  const raw: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    // A list column sorts by its values as the cell shows them, joined.
    const v = cellScalar(rows[i]?.values[column.id]);
    if (v === null || v === "") continue;
    let id = ids.get(v);
    if (id === undefined) {
      id = raw.length;
      ids.set(v, id);
      raw.push(v);
    }
    valueId[i] = id;
  }
  // Comparable keys are computed once per distinct value, not per row.
  const distinct = raw.map((v) => comparable(column.type, v));
  const numeric = distinct.every((k) => typeof k === "number");

  const rankOfId = new Int32Array(distinct.length);
  if (numeric) {
    const sorted = Float64Array.from(distinct, Number).sort();
    const rankOf = new Map<number, number>();
    sorted.forEach((v, i) => {
      if (!rankOf.has(v)) rankOf.set(v, i);
    });
    distinct.forEach((v, id) => (rankOfId[id] = rankOf.get(Number(v)) ?? 0));
  } else {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
    const text = distinct.map(String);
    const order = text.map((_, i) => i).sort((a, b) => collator.compare(text[a] ?? "", text[b] ?? ""));
    let rank = 0;
    order.forEach((id, j) => {
      const prev = order[j - 1];
      if (j > 0 && prev !== undefined && collator.compare(text[prev] ?? "", text[id] ?? "") !== 0) rank = j;
      rankOfId[id] = rank;
    });
  }
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = valueId[i] ?? EMPTY;
    ranks[i] = id === EMPTY ? EMPTY : (rankOfId[id] ?? EMPTY);
  }
  cache.set(key, ranks);
  return ranks;
}

/**
 * The column's rows in ascending order: positions in `rows`, equal values in input order, empty values
 * at the end (`filled` is how many are not empty). Built once per row set, column and locale.
 */
export function columnOrder(
  rows: readonly TableRow[],
  column: ColumnSpec,
  locale: string,
): { order: Int32Array; filled: number } {
  let cache = orders.get(rows);
  if (!cache) {
    cache = new Map();
    orders.set(rows, cache);
  }
  const key = `${column.id}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const ranks = columnRanks(rows, column, locale);
  const n = rows.length;
  const identity = Int32Array.from({ length: n }, (_, i) => i);
  const order = new Int32Array(n);
  countingPass(identity, order, ranks, false, null, {
    counts: new Int32Array(n + 2),
    buckets: new Int32Array(n),
  });
  let filled = 0;
  for (let i = 0; i < n; i++) if (ranks[i] !== EMPTY) filled++;
  const built = { order, filled };
  cache.set(key, built);
  return built;
}

/** A one-column sort: walks the column's cached order, keeping only the rows asked for (`at`, when
 * `rows` is a subset of `universe`). */
function sortByOneColumn<R extends TableRow>(
  rows: readonly R[],
  at: Int32Array | null,
  column: ColumnSpec,
  desc: boolean,
  locale: string,
  universe: readonly TableRow[],
): R[] {
  const { order, filled } = columnOrder(universe, column, locale);
  const ranks = columnRanks(universe, column, locale);
  let keep: Uint8Array | null = null;
  if (at !== null) {
    keep = new Uint8Array(universe.length);
    for (let j = 0; j < at.length; j++) keep[at[j] ?? 0] = 1;
  }
  const out: R[] = [];
  const emit = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const p = order[k] ?? 0;
      if (keep === null || keep[p] === 1) out.push(universe[p] as R);
    }
  };
  if (!desc) emit(0, filled);
  else {
    // Groups of equal values in reverse, each group still in input order (a stable sort).
    let end = filled;
    while (end > 0) {
      const rank = ranks[order[end - 1] ?? 0];
      let start = end - 1;
      while (start > 0 && ranks[order[start - 1] ?? 0] === rank) start--;
      emit(start, end);
      end = start;
    }
  }
  emit(filled, order.length);
  return out;
}

/** One stable counting-sort pass: `next` receives `order` sorted by the ranks (empty values last). */
function countingPass(
  order: Int32Array,
  next: Int32Array,
  ranks: Int32Array,
  desc: boolean,
  at: Int32Array | null,
  { counts, buckets }: { counts: Int32Array; buckets: Int32Array },
): void {
  const m = order.length;
  const size = counts.length - 2;
  counts.fill(0);
  for (let j = 0; j < m; j++) {
    const p = order[j] ?? 0;
    const r = ranks[at === null ? p : (at[p] ?? 0)] ?? EMPTY;
    const b = r === EMPTY ? size : desc ? size - 1 - r : r;
    buckets[j] = b;
    counts[b + 1] = (counts[b + 1] ?? 0) + 1;
  }
  for (let b = 1; b < counts.length; b++) counts[b] = (counts[b] ?? 0) + (counts[b - 1] ?? 0);
  for (let j = 0; j < m; j++) {
    const b = buckets[j] ?? 0;
    const to = counts[b] ?? 0;
    next[to] = order[j] ?? 0;
    counts[b] = to + 1;
  }
}

/**
 * Rows in the order of the sort keys (first key first). Stable: equal rows keep their input order.
 * `universe` is the full row set the ranks belong to when `rows` is a filtered subset of it.
 */
export function sortRows<R extends TableRow>(
  rows: readonly R[],
  sort: readonly SortKey[],
  columns: readonly ColumnSpec[],
  locale: string,
  universe: readonly TableRow[] = rows,
): readonly R[] {
  const known = sort.flatMap((s) => {
    const column = columns.find((c) => c.id === s.id);
    return column ? [{ column, desc: s.desc }] : [];
  });
  const [only] = known;
  if (only === undefined) return rows;
  // Position of each row in the universe, to read its ranks (none needed when sorting the universe itself).
  const whole = universe === rows;
  const at = whole ? null : positionsIn(rows, universe);
  // Rows from elsewhere have no cached ranks: sort them as a set of their own.
  if (at?.includes(-1)) return sortRows(rows, sort, columns, locale);
  if (known.length === 1) return sortByOneColumn(rows, at, only.column, only.desc, locale, universe);
  const keys = known.map(({ column, desc }) => ({ ranks: columnRanks(universe, column, locale), desc }));
  const m = rows.length;
  const size = universe.length;
  let order = new Int32Array(m);
  for (let j = 0; j < m; j++) order[j] = j;
  let next = new Int32Array(m);
  const scratch = { counts: new Int32Array(size + 2), buckets: new Int32Array(m) };
  // Least significant key first; each counting-sort pass is stable.
  for (let k = keys.length - 1; k >= 0; k--) {
    const key = keys[k];
    if (!key) continue;
    countingPass(order, next, key.ranks, key.desc, at, scratch);
    const done = next;
    next = order;
    order = done;
  }
  const out: R[] = [];
  for (let j = 0; j < m; j++) {
    const row = rows[order[j] ?? 0];
    if (row) out.push(row);
  }
  return out;
}
