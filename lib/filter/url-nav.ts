"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useSyncExternalStore, useTransition } from "react";

/**
 * The query string this page has just written, shared by every control on the page (the filter bar and
 * the table), so all of them show a change in the same render as the click that made it, without waiting
 * for the router to catch up. It only applies while the address the router reports is still the one it
 * was written over; once the router has moved on (the write landed, or the reader went back), it is void.
 */
interface Written {
  query: string;
  over: string;
}
let written: Written | null = null;
const listeners = new Set<() => void>();

function setWritten(next: Written | null) {
  if (written === next) return;
  written = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Back and forward make any pending write stale at once, before the router reports the new address.
  const onPop = () => setWritten(null);
  window.addEventListener("popstate", onPop);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", onPop);
  };
}

const getWritten = () => written;
const getServerWritten = () => null;

/** The query string a page shows: the router's, or the one just written over it. */
export function effectiveQuery(realQuery: string, pending: Written | null): string {
  return pending && pending.over === realQuery ? pending.query : realQuery;
}

/**
 * Writes a new query string. "server" navigations re-render the server parts of the page (cards,
 * charts); "client" ones only update the address (history.pushState), for views drawn in the browser.
 * Either way the URL is the state: reload and the back button reproduce the view.
 */
export function useQueryWriter(mode: "server" | "client") {
  const router = useRouter();
  const realQuery = useSearchParams().toString();
  const pending = useSyncExternalStore(subscribe, getWritten, getServerWritten);
  const [navigating, startTransition] = useTransition();
  const query = effectiveQuery(realQuery, pending);
  // Once the router reports another address, the write is spent: forget it.
  useEffect(() => {
    if (pending && pending.over !== realQuery) setWritten(null);
  }, [pending, realQuery]);
  const search = useMemo(() => new URLSearchParams(query), [query]);
  const write = useCallback(
    (next: string, { replace = false }: { replace?: boolean } = {}) => {
      setWritten({ query: next, over: realQuery });
      const url = `${window.location.pathname}${next ? `?${next}` : ""}`;
      if (mode === "client") {
        if (replace) window.history.replaceState(null, "", url);
        else window.history.pushState(null, "", url);
        return;
      }
      startTransition(() => {
        if (replace) router.replace(url, { scroll: false });
        else router.push(url, { scroll: false });
      });
    },
    [mode, router, realQuery, startTransition],
  );
  return { query, search, write, pending: navigating };
}
