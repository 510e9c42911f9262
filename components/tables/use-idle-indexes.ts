"use client";

import { useEffect, useState } from "react";
import { warmSearch } from "@/lib/tables/search";
import { columnOrder } from "@/lib/tables/sort";
import type { ColumnSpec } from "@/lib/tables/columns";
import type { GridRow } from "@/lib/tables/row";

const SEARCH_CHUNK = 5000;

/**
 * Builds each column's sort order and the search texts while the reader is not interacting, one small
 * task per idle period, so the first click on a header of a large table answers at once. Returns true
 * once all are built. Small tables finish at once; anything not built yet is built on demand.
 */
export function useIdleIndexes(rows: readonly GridRow[], specs: readonly ColumnSpec[], locale: string) {
  // Which rows, columns and locale the built indexes belong to: a new table is not indexed yet.
  const [builtFor, setBuiltFor] = useState<{ rows: unknown; specs: unknown; locale: string } | null>(null);
  useEffect(() => {
    const tasks: (() => void)[] = [
      ...specs.map((spec) => () => void columnOrder(rows, spec, locale)),
      ...Array.from(
        { length: Math.ceil(rows.length / SEARCH_CHUNK) },
        (_, i) => () => warmSearch(rows, i * SEARCH_CHUNK, (i + 1) * SEARCH_CHUNK),
      ),
    ];
    let handle = 0;
    const hasIdle = typeof window.requestIdleCallback === "function";
    const idle = (cb: () => void) =>
      hasIdle ? window.requestIdleCallback(cb, { timeout: 500 }) : window.setTimeout(cb, 1);
    const cancel = (h: number) => (hasIdle ? window.cancelIdleCallback(h) : window.clearTimeout(h));
    const step = () => {
      const task = tasks.shift();
      if (!task) return setBuiltFor({ rows, specs, locale });
      task();
      handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
  }, [rows, specs, locale]);
  return builtFor?.rows === rows && builtFor.specs === specs && builtFor.locale === locale;
}
