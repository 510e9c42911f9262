import { useTranslations } from "next-intl";
import { TARGET_STATUSES } from "@/lib/domain/codes";
import { TARGET_STATUS_STYLE } from "@/lib/domain/styles";
import type { RollUp } from "@/lib/queries/targets";

/** "2 of 3 targets achieved or on track", with the count in each status (icon and text). */
export function TargetRollUp({ rollUp, testId }: { rollUp: RollUp; testId?: string }) {
  const t = useTranslations("progress");
  if (rollUp.total === 0)
    return (
      <p className="ink text-xs" data-testid={testId}>
        {t("rollUpNone")}
      </p>
    );
  return (
    <div className="text-xs" data-testid={testId}>
      <p className="font-medium">
        {t("rollUp", { good: rollUp.achieved + rollUp["on-track"], total: rollUp.total })}
      </p>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-2">
        {TARGET_STATUSES.filter((s) => rollUp[s] > 0).map((s) => (
          <li key={s}>
            <span aria-hidden>{TARGET_STATUS_STYLE[s].icon} </span>
            {t(`status.${s}`)}: {rollUp[s]}
          </li>
        ))}
      </ul>
    </div>
  );
}
