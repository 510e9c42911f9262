"use client";

import { useCallback, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { GridRow } from "@/lib/tables/row";

/** Tables larger than this draw only the rows in view. */
export const VIRTUALIZE_ABOVE = 150;
const ROW_HEIGHT = 41;
const rowHeight = () => ROW_HEIGHT;

/**
 * The rows to draw and the blank space above and below them. Decided by the table's size, not the
 * filtered count, so narrowing a search does not switch layouts mid-typing.
 */
export function useVirtualRows(sorted: readonly GridRow[], virtual: boolean) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // The virtualiser's functions change every render; this hook does not memoise around them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? sorted.length : 0,
    getScrollElement,
    // Large tables use fixed one-line rows: no per-row measuring when the order changes.
    estimateSize: rowHeight,
    overscan: 6,
    initialRect: { width: 1200, height: 640 },
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual
    ? items.flatMap((v) => {
        const row = sorted[v.index];
        return row ? [{ row, index: v.index }] : [];
      })
    : sorted.map((row, index) => ({ row, index }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  return { scrollRef, shown, padTop, padBottom };
}
