"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState, useTransition } from "react";

/**
 * Writes a new query string. "server" navigations re-render the server parts of the page (cards,
 * charts); "client" ones only update the address (history.pushState), for views drawn in the browser.
 * Either way the URL is the state: reload and the back button reproduce the view. Until the address
 * has caught up, the component sees the query it just wrote, so controls respond at once.
 */
export function useQueryWriter(mode: "server" | "client") {
  const router = useRouter();
  const real = useSearchParams();
  const realQuery = real.toString();
  const [pending, startTransition] = useTransition();
  const [written, setWritten] = useState<{ query: string; over: string } | null>(null);
  // Once the address has moved on (our write landed, or the reader went back), forget the write.
  if (written && written.over !== realQuery) setWritten(null);
  const search = useMemo(
    () =>
      written && written.over === realQuery
        ? new URLSearchParams(written.query)
        : new URLSearchParams(realQuery),
    [written, realQuery],
  );
  const write = useCallback(
    (query: string, { replace = false }: { replace?: boolean } = {}) => {
      setWritten({ query, over: realQuery });
      const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
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
    [mode, router, realQuery],
  );
  return { search, write, pending };
}
