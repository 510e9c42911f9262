/**
 * The geometry of series-layout.ts painted as SVG text, for the downloaded file: the same elements, in the
 * same order and at the same coordinates as the drawing on screen (series-drawing.tsx), with the colours
 * written in because a file has no style sheet. Pure functions: no DOM, no React.
 */
import { escapeXml as esc } from "@/lib/format/escape";
import { LABEL_SIZE, type LabelSpot } from "./chart-layout";
import {
  SEGMENT_DASH,
  SEGMENT_WIDTH,
  TARGET_WIDTH,
  legendRows,
  type LegendEntry,
  type Line,
  type MarkCircle,
  type Paint,
  type SeriesGeometry,
} from "./series-layout";

/** The colours a file is painted in (the page takes them from its theme). */
export interface FilePaint {
  background: string;
  series: string;
  /** Tick labels. */
  muted: string;
  /** Value and target labels. */
  text: string;
  grid: string;
  gridOpacity: number;
  target: string;
}

const line = (l: Line, extra = "") => `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}"${extra}/>`;

const text = (x: number, y: number, anchor: string, body: string, extra = "") =>
  `<text x="${x}" y="${y}" text-anchor="${anchor}"${extra}>${esc(body)}</text>`;

function fillOf(fill: Paint, p: FilePaint): string {
  return fill === "series" ? p.series : fill === "background" ? p.background : "none";
}

/** One point's mark: the same circles as on screen. */
export function marksSvg(cx: number, cy: number, circles: readonly MarkCircle[], p: FilePaint): string {
  return circles
    .map(
      (c) =>
        `<circle cx="${cx}" cy="${cy}" r="${c.r}"${
          c.strokeWidth > 0 ? ` stroke="${p.series}" stroke-width="${c.strokeWidth}"` : ""
        }${c.dash ? ` stroke-dasharray="${c.dash}"` : ""} fill="${fillOf(c.fill, p)}"/>`,
    )
    .join("");
}

function labelSvg(spot: LabelSpot, body: string, strong: boolean, p: FilePaint): string {
  return text(
    spot.x,
    spot.y,
    spot.anchor,
    body,
    ` font-size="${LABEL_SIZE}" font-weight="${strong ? 600 : 500}" fill="${p.text}" stroke="${p.background}" stroke-width="3" paint-order="stroke" stroke-linejoin="round"`,
  );
}

/** The chart itself, at the layout's coordinates (the frame places it with a transform). */
export function geometrySvg(g: SeriesGeometry, p: FilePaint): string {
  const ticks = [...g.yTicks, ...g.xTicks].map((t) => text(t.x, t.y, t.anchor, t.label)).join("");
  return [
    `<g data-layer="grid" stroke="${p.grid}" stroke-opacity="${p.gridOpacity}">`,
    ...g.grid.map((l) => line(l)),
    line(g.axis),
    "</g>",
    `<g data-layer="ticks" font-size="${LABEL_SIZE}" fill="${p.muted}">${ticks}</g>`,
    `<g data-layer="targets" stroke="${p.target}" stroke-width="${TARGET_WIDTH}">`,
    ...g.targets.map((t) => `<g data-target="${esc(t.id)}">${line(t.line)}${line(t.cap)}</g>`),
    "</g>",
    `<g data-layer="segments" stroke="${p.series}" stroke-width="${SEGMENT_WIDTH}" fill="none">`,
    ...g.segments.map((s) => line(s, s.dashed ? ` stroke-dasharray="${SEGMENT_DASH}"` : "")),
    "</g>",
    `<g data-layer="marks">`,
    ...g.points.map((q) => `<g data-point="${esc(q.id)}">${marksSvg(q.x, q.y, q.circles, p)}</g>`),
    "</g>",
    `<g data-layer="labels">`,
    ...g.targets.map((t) => labelSvg(t.spot, t.label, false, p)),
    ...g.points.map((q) => labelSvg(q.spot, q.label, true, p)),
    "</g>",
  ].join("");
}

/** The legend of the marks used, in rows across `width`, glyphs as on screen; with its height. */
export function legendSvg(
  entries: readonly LegendEntry[],
  width: number,
  p: FilePaint,
): { svg: string; height: number } {
  const size = LABEL_SIZE + 1;
  const { placed, height } = legendRows(entries, width, size);
  const svg = placed
    .map(({ glyph, x, y, label, mark }) => {
      const top = y + (18 - glyph.height) / 2;
      const target = glyph.lineRole === "target";
      const lines = glyph.lines
        .map((l) =>
          line(
            l,
            ` stroke="${target ? p.target : p.series}" stroke-width="${target ? TARGET_WIDTH : SEGMENT_WIDTH}"${
              l.dashed ? ` stroke-dasharray="${SEGMENT_DASH}"` : ""
            }`,
          ),
        )
        .join("");
      const marks = glyph.marks.map((m) => marksSvg(m.cx, m.cy, m.circles, p)).join("");
      return (
        `<g data-mark="${mark}"><g transform="translate(${x} ${top})">${lines}${marks}</g>` +
        text(x + glyph.width + 6, y + 13, "start", label, ` font-size="${size}" fill="${p.muted}"`) +
        "</g>"
      );
    })
    .join("");
  return { svg, height };
}
