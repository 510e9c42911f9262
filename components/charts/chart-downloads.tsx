"use client";

import { useState } from "react";
import type { SeriesChartData } from "@/lib/queries/charts";
import { saveBlob } from "@/components/tables/export";
import {
  barsCsv,
  barsSvg,
  donutSvg,
  fileNameOf,
  seriesCsv,
  seriesSvg,
  type BarItem,
  type ChartFrame,
} from "./chart-export";
import { onOrigin, useLinkOrigin, type LinkOrigin } from "@/lib/ui/link-origin";

export type DownloadData =
  | { kind: "series"; chart: SeriesChartData }
  /** `columns` names the CSV's two columns in the reader's language; a donut is drawn as the page's ring. */
  | { kind: "bars" | "donut"; items: BarItem[]; columns: { label: string; value: string } };

/** Draws the SVG on a canvas at twice its size: a sharp PNG for slides and documents. */
async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("the SVG could not be drawn"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

const buttonClass =
  "inline-flex min-h-8 items-center rounded-md border edge px-2 text-xs font-medium hover-fill";

/**
 * PNG, SVG and CSV of one chart. The image has the chart's title, source line, as-of date and address
 * drawn in; the CSV holds exactly the figures drawn. Everything is made in the browser from the data
 * the page already has.
 */
export function ChartDownloads({
  data,
  frame: written,
  site,
  locale,
  labels,
}: {
  data: DownloadData;
  frame: ChartFrame;
  /** The origin frame.url was written on: the files carry the page's own unless SITE_ORIGIN is configured. */
  site: LinkOrigin;
  locale: string;
  labels: {
    group: string;
    png: string;
    svg: string;
    csv: string;
    /** Accessible names naming the chart: "Download “…” as PNG image". */
    pngName: string;
    svgName: string;
    csvName: string;
    failed: string;
  };
}) {
  const [error, setError] = useState<string | null>(null);
  const origin = useLinkOrigin(site);
  const frame = { ...written, url: onOrigin(written.url, site, origin) };
  const svg = () =>
    data.kind === "series"
      ? seriesSvg(data.chart, frame)
      : data.kind === "donut"
        ? donutSvg(data.items, frame)
        : barsSvg(data.items, frame);
  const run = (fn: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(labels.failed.replace("{detail}", e instanceof Error ? e.message : String(e)));
    }
  };
  const csv = () =>
    data.kind === "series" ? seriesCsv(data.chart, origin, locale) : barsCsv(data.items, data.columns);
  const formats = [
    { format: "png", text: labels.png, name: labels.pngName, make: () => pngOf(svg()) },
    {
      format: "svg",
      text: labels.svg,
      name: labels.svgName,
      make: () => new Blob([svg()], { type: "image/svg+xml" }),
    },
    // The CSV carries a byte-order mark (toCsv), so spreadsheet programs read CJK text right.
    {
      format: "csv",
      text: labels.csv,
      name: labels.csvName,
      make: () => new Blob([csv()], { type: "text/csv;charset=utf-8" }),
    },
  ] as const;
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden" data-testid="chart-downloads">
      <span className="text-xs">{labels.group}</span>
      {formats.map((f) => (
        <button
          key={f.format}
          type="button"
          className={buttonClass}
          aria-label={f.name}
          data-format={f.format}
          onClick={run(async () => saveBlob(await f.make(), fileNameOf(frame.title, f.format)))}
        >
          {f.text}
        </button>
      ))}
      {error && (
        <p role="alert" className="w-full text-xs text-rose-700 dark:text-rose-300">
          {error}
        </p>
      )}
    </div>
  );
}
