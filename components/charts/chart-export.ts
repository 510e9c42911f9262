/**
 * A chart as a file a reader can put in a report: a self-contained SVG with the title, the unit, the
 * source line, the as-of date and the tracker's address drawn in, and the CSV of exactly the figures the
 * chart draws. Pure functions (no DOM, no React): the download buttons call them, the tests read them.
 */
import { escapeXml } from "@/lib/format/escape";
import type { SeriesChartData } from "@/lib/queries/charts";
import { fileSafe, headerLabel, toCsv } from "@/lib/format/csv";
import { paletteAt } from "@/components/ui/palette";
import { textWidth } from "./chart-layout";
import { SLICE_GAP, donutSlices } from "./donut-geometry";
import { GRID, GRID_OPACITY, TARGET, seriesLayout } from "./series-layout";
import { geometrySvg, legendSvg, type FilePaint } from "./series-svg";

export interface ChartFrame {
  title: string;
  /** Under the title: the unit or what the chart counts. */
  subtitle: string;
  /** "Source: …" in the reader's language. */
  sourceLine: string;
  /** "Figures as of …" in the reader's language. */
  asOfLine: string;
  /** The page the chart comes from (absolute). */
  url: string;
  /** The tracker's name. */
  brand: string;
  dark?: boolean;
}

export interface BarItem {
  label: string;
  value: number;
  /** The value as the page shows it. */
  display: string;
}

export const EXPORT_WIDTH = 960;
const PLOT_HEIGHT = 340;
const PAD = 32;
const FONT =
  "Inter, 'Noto Sans SC', 'Noto Sans KR', 'PingFang SC', 'Microsoft YaHei', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif";

const esc = escapeXml;

/** Breaks a text into lines that fit `width` at `size` px (estimated), at spaces, or anywhere in CJK. */
export function wrap(text: string, width: number, size: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = "";
  const tokens = text.match(/[\u1100-\uffdc]|[^\s\u1100-\uffdc]+|\s+/gu) ?? [];
  for (const token of tokens) {
    const next = line + token;
    if (textWidth(next.trim(), size) <= width || line.trim() === "") line = next;
    else {
      lines.push(line.trim());
      line = token.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ""}…`;
    return kept;
  }
  return lines;
}

interface Colors {
  bg: string;
  text: string;
  muted: string;
  series: string;
}

const colors = (dark = false): Colors =>
  dark
    ? {
        bg: "#030712",
        text: "#f9fafb",
        muted: "#9ca3af",
        series: "#60a5fa",
      }
    : {
        bg: "#ffffff",
        text: "#111827",
        muted: "#4b5563",
        series: "#2563eb",
      };

function header(frame: ChartFrame, c: Colors): { svg: string; height: number } {
  const title = wrap(frame.title, EXPORT_WIDTH - 2 * PAD, 22, 2);
  const sub = wrap(frame.subtitle, EXPORT_WIDTH - 2 * PAD, 14, 2);
  let y = PAD + 18;
  const parts: string[] = [];
  for (const l of title) {
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="22" font-weight="600" fill="${c.text}">${esc(l)}</text>`,
    );
    y += 28;
  }
  for (const l of sub) {
    parts.push(`<text x="${PAD}" y="${y - 4}" font-size="14" fill="${c.muted}">${esc(l)}</text>`);
    y += 19;
  }
  return { svg: parts.join(""), height: y + 4 };
}

function footer(frame: ChartFrame, c: Colors, top: number): { svg: string; height: number } {
  const lines = [
    ...wrap(frame.sourceLine, EXPORT_WIDTH - 2 * PAD, 13, 3),
    frame.asOfLine,
    `${frame.brand} · ${frame.url}`,
  ];
  const svg = lines
    .map(
      (l, i) =>
        `<text x="${PAD}" y="${top + 18 + i * 18}" font-size="13" fill="${i === lines.length - 1 ? c.text : c.muted}">${esc(l)}</text>`,
    )
    .join("");
  return { svg, height: 18 * lines.length + 20 };
}

function document(
  frame: ChartFrame,
  c: Colors,
  body: (top: number) => { svg: string; height: number },
): string {
  const head = header(frame, c);
  const main = body(head.height);
  const foot = footer(frame, c, head.height + main.height);
  const height = Math.ceil(head.height + main.height + foot.height + PAD / 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${esc(FONT)}">
<title>${esc(frame.title)}</title>
<rect width="100%" height="100%" fill="${c.bg}"/>
${head.svg}
${main.svg}
${foot.svg}
</svg>
`;
}

/** The series chart's size in a file: the full width inside the padding. */
export const EXPORT_PLOT = { width: EXPORT_WIDTH - 2 * PAD, height: PLOT_HEIGHT } as const;

/**
 * A time series as a self-contained SVG document: the layout the page draws (series-layout.ts) at the
 * file's width, under the title and over the legend of the marks used, the source and the address.
 */
export function seriesSvg(chart: SeriesChartData, frame: ChartFrame): string {
  const c = colors(frame.dark);
  const paint: FilePaint = {
    background: c.bg,
    series: frame.dark ? chart.color.dark : chart.color.light,
    muted: c.muted,
    text: c.text,
    grid: GRID,
    gridOpacity: GRID_OPACITY,
    target: TARGET,
  };
  return document(frame, c, (top) => {
    const geometry = seriesLayout(chart, EXPORT_PLOT.width, EXPORT_PLOT.height);
    const legend = legendSvg(geometry.legend, EXPORT_PLOT.width, paint);
    const legendTop = top + EXPORT_PLOT.height + 10;
    return {
      svg:
        `<g data-chart="series" transform="translate(${PAD} ${top})">${geometrySvg(geometry, paint)}</g>` +
        `<g data-legend="marks" transform="translate(${PAD} ${legendTop})">${legend.svg}</g>`,
      height: EXPORT_PLOT.height + 10 + legend.height,
    };
  });
}

/** A bar list (counts by sector or status) as a self-contained SVG document. */
export function barsSvg(items: readonly BarItem[], frame: ChartFrame): string {
  const c = colors(frame.dark);
  const max = Math.max(1, ...items.map((i) => i.value));
  const labelWidth = Math.min(360, Math.ceil(Math.max(60, ...items.map((i) => textWidth(i.label, 13)))) + 12);
  const barLeft = PAD + labelWidth;
  const barSpace = EXPORT_WIDTH - PAD - barLeft - 60;
  return document(frame, c, (top) => {
    const parts = items.map((item, i) => {
      const y = top + 8 + i * 30;
      const w = Math.max(2, (item.value / max) * barSpace);
      return [
        `<text x="${barLeft - 10}" y="${y + 15}" font-size="13" text-anchor="end" fill="${c.text}">${esc(item.label)}</text>`,
        `<rect x="${barLeft}" y="${y + 2}" width="${w}" height="18" rx="3" fill="${c.series}"/>`,
        `<text x="${barLeft + w + 8}" y="${y + 15}" font-size="13" font-weight="600" fill="${c.text}">${esc(item.display)}</text>`,
      ].join("");
    });
    return { svg: `<g>${parts.join("")}</g>`, height: items.length * 30 + 16 };
  });
}

/** The ring's size in a file, and one legend row. */
const RING = 220;
const ROW = 24;

/**
 * A share-of-total breakdown as a self-contained SVG document: the ring the page draws (the same slices of
 * donut-geometry.ts, in the same colours and order) and beside it the legend, each part with its count.
 */
export function donutSvg(items: readonly BarItem[], frame: ChartFrame): string {
  const c = colors(frame.dark);
  const slices = donutSlices(items.map((i) => i.value));
  return document(frame, c, (top) => {
    const k = RING / 100;
    const ring = slices
      .map((s, i) =>
        s.path
          ? `<path d="${s.path}" fill="${paletteAt(i).hex}" stroke="${c.bg}" stroke-width="${SLICE_GAP}"/>`
          : "",
      )
      .join("");
    const legendLeft = PAD + RING + 32;
    const legend = items
      .map((item, i) => {
        const y = top + 8 + i * ROW;
        return (
          `<g data-part="${i}"><circle cx="${legendLeft + 5}" cy="${y + 10}" r="5" fill="${paletteAt(i).hex}"/>` +
          `<text x="${legendLeft + 18}" y="${y + 15}" font-size="13" fill="${c.text}">${esc(`${item.label} (${item.display})`)}</text></g>`
        );
      })
      .join("");
    return {
      svg: `<g data-chart="donut" transform="translate(${PAD} ${top + 8}) scale(${k})">${ring}</g>${legend}`,
      height: Math.max(RING, items.length * ROW) + 24,
    };
  });
}

/** CSV for people (BOM, CRLF, formula-looking text neutralised): the site's one CSV writer. */
export function csvOf(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return toCsv(header, rows, "people");
}

/**
 * The figures a series chart draws, one row per point, with their page on the tracker: headed and worded
 * in the reader's language (kind of figure, confidence), values as stored with the unit they are in.
 */
export function seriesCsv(chart: SeriesChartData, origin: string, locale: string): string {
  const byId = new Map(chart.table.rows.map((r) => [r.id, r]));
  const c = chart.table.columns;
  return csvOf(
    [
      headerLabel(c.indicator, "indicator"),
      headerLabel(c.date, "date"),
      headerLabel(c.value, "value"),
      headerLabel(c.shownAs, "shown_as"),
      headerLabel(c.unit, "unit"),
      headerLabel(c.qualifier, "qualifier"),
      headerLabel(c.confidence, "confidence"),
      headerLabel(c.source, "source"),
      headerLabel(c.id, "observation_id"),
      headerLabel(c.page, "page"),
    ],
    chart.points.map((p) => {
      const row = byId.get(p.id);
      return [
        chart.label,
        row?.asOf ?? p.dateText,
        p.y,
        p.label,
        chart.valueUnit,
        row?.qualifier ?? p.qualifier,
        row?.confidence ?? p.confidence,
        row?.source.publisher ?? null,
        p.id,
        `${origin}/${locale}/figures/${p.id}`,
      ];
    }),
  );
}

/** A bar chart's items; `columns` names its two columns in the reader's language. */
export function barsCsv(items: readonly BarItem[], columns?: { label: string; value: string }): string {
  return csvOf(
    columns ? [headerLabel(columns.label, "label"), headerLabel(columns.value, "value")] : ["label", "value"],
    items.map((i) => [i.label, i.value]),
  );
}

/** A file name from a title: letters and digits of any script, dashes between words. */
export function fileNameOf(title: string, extension: string): string {
  return `${fileSafe(title) || "chart"}.${extension}`;
}
