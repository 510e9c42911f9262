import { useTranslations } from "next-intl";
import type { ChartMark } from "@/lib/queries/charts";
import { PointMark } from "./point-mark";

function Glyph({ mark, color }: { mark: ChartMark; color: string }) {
  if (mark === "uncertain")
    return (
      <svg width="34" height="18" aria-hidden="true" className={`shrink-0 ${color}`}>
        <line x1="1" y1="9" x2="17" y2="9" stroke="currentColor" strokeWidth="2" strokeDasharray="5 4" />
        <PointMark cx={25} cy={9} shape="exact" uncertain />
      </svg>
    );
  if (mark === "target")
    return (
      <svg width="22" height="14" aria-hidden="true" className="shrink-0">
        <line x1="1" y1="7" x2="20" y2="7" stroke="#6b7280" strokeWidth="1.5" />
        <line x1="20" y1="3" x2="20" y2="11" stroke="#6b7280" strokeWidth="1.5" />
      </svg>
    );
  return (
    <svg width="14" height="14" aria-hidden="true" className={`shrink-0 ${color}`}>
      <PointMark cx={7} cy={7} shape={mark} uncertain={false} />
    </svg>
  );
}

/** What each mark of a chart means, for the marks that chart uses; glyphs in the series colour class. */
export function MarkLegend({ marks, color }: { marks: readonly ChartMark[]; color: string }) {
  const t = useTranslations("charts");
  if (marks.length === 0) return null;
  return (
    <ul
      aria-label={t("legendLabel")}
      className="ink flex flex-wrap gap-x-4 gap-y-1 text-xs"
      data-testid="mark-legend"
    >
      {marks.map((m) => (
        <li key={m} className="flex items-center gap-1.5" data-mark={m}>
          <Glyph mark={m} color={color} />
          <span>{t(`legend.${m}`)}</span>
        </li>
      ))}
    </ul>
  );
}
