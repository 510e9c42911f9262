import { useLocale, useTranslations } from "next-intl";
import { StatusBar, StatusSentence } from "@/components/targets/status-summary";
import { formatPartialDate } from "@/lib/format/dates";
import type { DirectionSummary } from "@/lib/queries/views";

/**
 * A direction's targets as one status bar and one line of words; a direction without quantitative targets
 * says what it tracks instead, and one whose targets the filter leaves out says so.
 */
export function TargetRollUp({
  direction,
  testId,
}: {
  direction: Pick<DirectionSummary, "targets" | "targetsInData" | "indicatorCount" | "newestDate">;
  testId?: string;
}) {
  const t = useTranslations("directions");
  const locale = useLocale();
  const { targets } = direction;
  if (targets.total > 0)
    return (
      <div className="space-y-1.5 text-xs" data-testid={testId} data-total={targets.total}>
        <StatusBar counts={targets} />
        <p className="font-medium">
          <StatusSentence counts={targets} short />
        </p>
      </div>
    );
  const text =
    direction.targetsInData > 0
      ? t("noTargetsInSelection", { total: direction.targetsInData })
      : direction.newestDate
        ? t("noTargets", {
            indicators: direction.indicatorCount,
            newest: formatPartialDate(direction.newestDate, locale),
          })
        : t("noTargetsNoFigure", { indicators: direction.indicatorCount });
  return (
    <p className="ink text-xs" data-testid={testId} data-total={0}>
      {text}
    </p>
  );
}
