"use client";

import { useSyncExternalStore } from "react";
import { noChange } from "@/lib/ui/hydrated";

/** The address of the page as printed (with its filters), shown only on paper. */
export function PrintUrl({ label }: { label: string }) {
  const url = useSyncExternalStore(
    noChange,
    () => window.location.href,
    () => "",
  );
  return (
    <p className="hidden break-all print:block" data-testid="print-url">
      {label} {url}
    </p>
  );
}
