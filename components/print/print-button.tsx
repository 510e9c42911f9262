"use client";

import { useState } from "react";
import { PRINT_EVENT } from "@/components/charts/use-near-viewport";

/** Waits until every chart on the page has its drawing (or `ms` passes). */
async function chartsDrawn(ms: number) {
  const until = Date.now() + ms;
  const pending = () =>
    [...document.querySelectorAll('[role="img"][data-indicator]')].some(
      (c) => !c.querySelector(".chart-drawing"),
    );
  while (pending() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

/** Prints the page as a brief: every chart is drawn first; the print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        window.dispatchEvent(new Event(PRINT_EVENT));
        await chartsDrawn(3_000);
        setBusy(false);
        window.print();
      }}
      className="edge hover-fill inline-flex h-9 items-center gap-1.5 rounded-tremor-default border bg-white px-3 text-sm disabled:opacity-60 dark:bg-dark-tremor-background print:hidden"
      data-testid="print"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.6">
        <path d="M5 8V3h10v5M5 14H3V8h14v6h-2M6 11h8v6H6z" />
      </svg>
      {label}
    </button>
  );
}
