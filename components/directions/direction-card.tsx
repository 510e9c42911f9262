import { Card } from "@/components/ui/card";
import { useTranslations } from "next-intl";
import { TargetRollUp } from "@/components/directions/target-roll-up";
import { Link } from "@/lib/i18n/navigation";
import type { DirectionSummary } from "@/lib/queries/views";

const ACCENT: Record<DirectionSummary["code"], string> = {
  innovation: "border-t-blue-500",
  foundations: "border-t-indigo-500",
  application: "border-t-emerald-500",
  governance: "border-t-amber-500",
  talent: "border-t-rose-500",
};

export function DirectionCard({
  direction,
  filtered = false,
}: {
  direction: DirectionSummary;
  filtered?: boolean;
}) {
  const t = useTranslations("directions");
  return (
    <Card
      className={`flex h-full flex-col gap-2 border-t-4 p-4 ${ACCENT[direction.code]}`}
      data-testid={`direction-${direction.code}`}
    >
      <p className="ink text-xs font-medium uppercase tracking-wide">{t("number", { n: direction.order })}</p>
      <h3 className="ink-strong font-semibold">{direction.name}</h3>
      <p className="text-sm">{direction.goal}</p>
      {direction.indicatorCount + direction.measureCount + direction.entityCount === 0 ? (
        <p className="mt-auto pt-2 text-sm italic" data-testid="direction-empty">
          {filtered ? t("noneForFilter") : t("noneYet")}
        </p>
      ) : (
        <dl className="mt-auto grid grid-cols-3 gap-2 pt-2 text-center text-xs">
          <div>
            <dt className="ink">{t("indicators")}</dt>
            <dd className="ink-strong text-lg font-semibold tabular-nums">{direction.indicatorCount}</dd>
          </div>
          <div>
            <dt className="ink">{t("measures")}</dt>
            <dd className="ink-strong text-lg font-semibold tabular-nums">{direction.measureCount}</dd>
          </div>
          <div>
            <dt className="ink">{t("entities")}</dt>
            <dd className="ink-strong text-lg font-semibold tabular-nums">{direction.entityCount}</dd>
          </div>
        </dl>
      )}
      <TargetRollUp direction={direction} testId={`rollup-${direction.code}`} />
      <Link
        href={`/directions/${direction.code}`}
        className="mt-1 text-sm font-medium text-tremor-brand underline-offset-2 hover:underline dark:text-dark-tremor-brand"
      >
        {t("open", { name: direction.name })} →
      </Link>
    </Card>
  );
}
