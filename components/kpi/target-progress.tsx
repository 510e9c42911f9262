import { useTranslations } from "next-intl";
import { ProgressBar } from "@/components/ui/progress-bar";
import { PartialDate } from "@/components/common/partial-date";
import { Badge } from "@/components/common/badge";
import { Link } from "@/lib/i18n/navigation";
import type { TargetView } from "@/lib/queries/targets";

/** A target under a figure: what and by when, how far along, and the status by the documented method. */
export function TargetProgress({ target }: { target: TargetView }) {
  const t = useTranslations("progress");
  const p = target.progress;
  return (
    <div
      className="space-y-1 rounded-md bg-tremor-background-muted p-2 text-xs dark:bg-dark-tremor-background-subtle"
      data-testid="target-progress"
    >
      <div className="flex flex-wrap items-center justify-between gap-1">
        <span>
          {t("target")} {target.targetText}
          {target.due ? (
            <>
              {" "}
              {t("by")} <PartialDate value={target.due} />
            </>
          ) : (
            ` (${t("noDue")})`
          )}
        </span>
        <Badge kind="target" value={p.status} />
      </div>
      {p.progress !== null && <ProgressBar value={Math.round(p.progress * 100)} color="emerald" />}
      <p className="ink">
        {p.progress !== null && `${t("progressLabel", { pct: Math.round(p.progress * 100) })} · `}
        {p.paceKind === "reported" &&
          p.paceAchieved !== null &&
          `${t("reportedPace", { pct: p.paceAchieved })} · `}
        {t(`reason.${p.reason}`)}{" "}
        <Link href="/method" className="underline decoration-dotted">
          {t("how")}
        </Link>
      </p>
    </div>
  );
}
