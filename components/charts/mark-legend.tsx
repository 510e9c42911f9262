import { useTranslations } from "next-intl";
import type { SeriesChartData } from "@/lib/queries/charts";
import { PointMark } from "./point-mark";
import { SEGMENT_DASH, SEGMENT_WIDTH, TARGET, TARGET_WIDTH, glyphOf, legendOf } from "./series-layout";

/** A legend glyph as series-layout.ts draws it (the downloaded file draws the same). */
function Glyph({ mark, color }: { mark: Parameters<typeof glyphOf>[0]; color: string }) {
  const g = glyphOf(mark);
  const target = g.lineRole === "target";
  return (
    <svg width={g.width} height={g.height} aria-hidden="true" className={`shrink-0 ${color}`}>
      {g.lines.map((l, i) => (
        <line
          key={i}
          x1={l.x1}
          y1={l.y1}
          x2={l.x2}
          y2={l.y2}
          stroke={target ? TARGET : "currentColor"}
          strokeWidth={target ? TARGET_WIDTH : SEGMENT_WIDTH}
          strokeDasharray={l.dashed ? SEGMENT_DASH : undefined}
        />
      ))}
      {g.marks.map((m, i) => (
        <PointMark key={i} cx={m.cx} cy={m.cy} circles={m.circles} />
      ))}
    </svg>
  );
}

/** What each mark of a chart means, for exactly the marks its drawing uses; glyphs in the series colour. */
export function MarkLegend({ chart }: { chart: SeriesChartData }) {
  const t = useTranslations("charts");
  const entries = legendOf(chart);
  if (entries.length === 0) return null;
  return (
    <ul
      aria-label={t("legendLabel")}
      className="ink flex flex-wrap gap-x-4 gap-y-1 text-xs"
      data-testid="mark-legend"
    >
      {entries.map((e) => (
        <li key={e.mark} className="flex items-center gap-1.5" data-mark={e.mark}>
          <Glyph mark={e.mark} color={chart.color.className} />
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
