/**
 * Sorting for every table, in the browser and on the server. Numbers sort as numbers, dates by the day
 * they end on, text by the locale's collation; empty values go last whichever the direction.
 * For speed on large tables, each column's order is computed once per row set and locale and cached:
 * a later sort on that column, either way or combined with others, compares small integers only.
 */
import { endOf } from "@/lib/dates";
import { CONFIDENCES, MEASURE_STATUSES } from "@/lib/schema";
import type { ColumnSpec, Primitive, TableRow } from "./types";
import type { SortKey } from "@/lib/url-state";

const EMPTY = -1;
type RankCache = Map<string, Int32Array>;
const caches = new WeakMap<readonly TableRow[], RankCache>();

function isEmpty(v: Primitive): v is null | "" {
  return v === null || v === "";
}

function comparable(type: ColumnSpec["type"], v: Primitive): number | string {
  if (type === "date" && typeof v === "string") return endOf(v).getTime() * 10 + v.length;
  // Statuses sort from planned to completed, confidence from high to secondary.
  if (type === "status" && typeof v === "string") return (MEASURE_STATUSES as readonly string[]).indexOf(v);
  if (type === "confidence" && typeof v === "string") return (CONFIDENCES as readonly string[]).indexOf(v);
  return v ?? "";
}

/** ranks[i] = position of row i in ascending order of the column (ties share a rank); EMPTY for no value. */
export function columnRanks(rows: readonly TableRow[], column: ColumnSpec, locale: string): Int32Array {
  let cache = caches.get(rows);
  if (!cache) {
    cache = new Map();
    caches.set(rows, cache);
  }
  const key = `${column.id}|${locale}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const n = rows.length;
  const ranks = new Int32Array(n).fill(EMPTY);
  const idx: number[] = [];
  const keys: (number | string)[] = new Array(n);
  let numeric = true;
  for (let i = 0; i < n; i++) {
    const v = rows[i]?.values[column.id] ?? null;
    if (isEmpty(v)) continue;
    const k = comparable(column.type, v);
    if (typeof k !== "number") numeric = false;
    keys[i] = k;
    idx.push(i);
  }
  let compare: (a: number, b: number) => number;
  if (numeric) {
    compare = (a, b) => (keys[a] as number) - (keys[b] as number);
  } else {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: "base" });
    const text = keys.map((k) => (k === undefined ? "" : String(k)));
    compare = (a, b) => collator.compare(text[a] ?? "", text[b] ?? "");
  }
  idx.sort(compare);
  let rank = 0;
  for (let j = 0; j < idx.length; j++) {
    const cur = idx[j] ?? 0;
    const prev = idx[j - 1];
    if (j > 0 && prev !== undefined && compare(prev, cur) !== 0) rank = j;
    ranks[cur] = rank;
  }
  cache.set(key, ranks);
  return ranks;
}

/** Rows in the order of the sort keys (first key first); stable, so equal rows keep their input order. */
export function sortRows<R extends TableRow>(
  rows: readonly R[],
  sort: readonly SortKey[],
  columns: readonly ColumnSpec[],
  locale: string,
  /** Rows the ranks were computed for, if `rows` is a filtered subset of them. */
  universe: readonly TableRow[] = rows,
  position?: Map<TableRow, number>,
): R[] {
  const keys = sort.flatMap((s) => {
    const col = columns.find((c) => c.id === s.id);
    return col ? [{ ranks: columnRanks(universe, col, locale), desc: s.desc }] : [];
  });
  if (keys.length === 0) return [...rows];
  const pos = position ?? (universe === rows ? null : new Map(universe.map((r, i) => [r, i])));
  const at = rows.map((r, i) => (pos ? (pos.get(r) ?? i) : i));
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    for (const k of keys) {
      const ra = k.ranks[at[a] ?? 0] ?? EMPTY;
      const rb = k.ranks[at[b] ?? 0] ?? EMPTY;
      if (ra === rb) continue;
      if (ra === EMPTY) return 1;
      if (rb === EMPTY) return -1;
      return k.desc ? rb - ra : ra - rb;
    }
    return a - b;
  });
  return order.map((i) => rows[i] as R);
}
