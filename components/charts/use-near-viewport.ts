"use client";

import { useEffect, useState, type RefObject } from "react";

/**
 * Whether the element is, or has once been, within `margin` of the viewport. Once true it stays true (a
 * drawn chart is not taken away when scrolled past). Without IntersectionObserver (an old browser) it is true at once; on the server, where charts are never drawn, too.
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
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
