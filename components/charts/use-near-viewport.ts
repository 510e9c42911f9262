"use client";

import { useEffect, useState, type RefObject } from "react";

/** Sent by the Print button: every chart loads its drawing before the page is printed. */
export const PRINT_EVENT = "bjai:print";

/**
 * Whether the element is, or has once been, within `margin` of the viewport. Once true it stays true (a
 * drawn chart is not taken away when scrolled past). Without IntersectionObserver (an old browser) it is true at once; on the server, where charts are never drawn, too; and for every chart when the page
 * is about to be printed.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = "400px"): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    // Printing draws every chart, wherever it is on the page.
    const all = () => setNear(true);
    window.addEventListener(PRINT_EVENT, all);
    window.addEventListener("beforeprint", all);
    return () => {
      observer.disconnect();
      window.removeEventListener(PRINT_EVENT, all);
      window.removeEventListener("beforeprint", all);
    };
  }, [ref, margin, near]);
  return near;
}
