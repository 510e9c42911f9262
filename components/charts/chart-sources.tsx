import { useTranslations } from "next-intl";
import { SourceLink } from "@/components/common/source-link";
import type { SourceRef } from "@/lib/queries/views";

/** "Sources: A, B": each source behind a chart once, in the order first used (in a new tab in an embed). */
export function ChartSources({
  sources,
  newTab = false,
}: {
  sources: readonly SourceRef[];
  newTab?: boolean;
}) {
  const t = useTranslations("charts");
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return null;
  return (
    <p>
      {t("sources")}{" "}
      {unique.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ", "}
          <SourceLink source={s} compact newTab={newTab} />
        </span>
      ))}
    </p>
  );
}
