/**
 * Where each row of a filtered subset sits in the full row set it was taken from. The filter records it
 * as it goes; the sort reads it to find each row's cached ranks without looking rows up one by one.
 */
import type { GridRow as TableRow } from "./row";

const taken = new WeakMap<readonly TableRow[], { from: readonly TableRow[]; at: Int32Array }>();

export function recordSubset(subset: readonly TableRow[], from: readonly TableRow[], at: Int32Array): void {
  taken.set(subset, { from, at });
}

/** Positions of `subset`'s rows in `from`, if the subset was taken from it by the filter. */
export function subsetPositions(subset: readonly TableRow[], from: readonly TableRow[]): Int32Array | null {
  const entry = taken.get(subset);
  return entry && entry.from === from ? entry.at : null;
}
