"use client";

import { useSyncExternalStore } from "react";

/** A subscription to something that never changes, for `useSyncExternalStore` reads of the browser. */
export const noChange = () => () => {};

/**
 * False on the server and while the page hydrates, true once its script runs: for a control that must not
 * take input it cannot act on yet (a choice made before hydration would be lost).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
}
