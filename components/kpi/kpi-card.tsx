import { recordPage } from "@/lib/queries/pages";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useLocale, useTranslations } from "next-intl";
import { BreakdownNote } from "@/components/common/breakdown-note";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { KpiCite } from "./kpi-cite";
import { FigureSource } from "@/components/common/figure-source";
import { Link } from "@/lib/i18n/navigation";
import { TargetProgress } from "@/components/kpi/target-progress";
import { formatPercent, formatReportedGrowth } from "@/lib/format/format";
import { formatPartialDate } from "@/lib/format/dates";
import type { IndicatorView } from "@/lib/queries/views";

/** One indicator's latest figure with unit, date, source, confidence and change against the same series. */
export function KpiCard({
  indicator,
  yearFiltered = false,
}: {
  indicator: IndicatorView;
  /** A year filter is active: target progress (measured on the whole series) is not shown. */
  yearFiltered?: boolean;
}) {
  const t = useTranslations("kpi");
  const locale = useLocale();
  const latest = indicator.latest;
  const change = indicator.change;
  return (
    <Card
      className="flex h-full flex-col gap-2 p-4"
      data-testid={`kpi-${indicator.id}`}
      data-value={latest?.value}
      data-as-of={latest?.asOf}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="ink-emphasis text-sm font-medium">{indicator.label}</h3>
        {latest && <Badge kind="confidence" value={latest.confidence} />}
      </div>
      {latest ? (
        <>
          <p className="flex flex-wrap items-baseline gap-x-1.5">
            <span className="ink-strong text-3xl font-semibold tabular-nums" data-testid="kpi-value">
              {latest.display.value}
            </span>
            {latest.display.unit && (
              <span className="text-sm" data-testid="kpi-unit">
                {latest.display.unit}
              </span>
            )}
          </p>
          {indicator.kind === "share" && <ProgressBar value={latest.value} />}
          {indicator.kind === "ratio" && latest.denominator !== null && (
            <ProgressBar value={(latest.value / latest.denominator) * 100} />
          )}
          {latest.reportedGrowthPct !== null && (
            <p className="text-sm font-medium" data-testid="kpi-reported-growth">
              {formatReportedGrowth(latest.reportedGrowthPct, locale)}
            </p>
          )}
          {indicator.companion?.latest && (
            <p className="text-sm" data-testid="kpi-companion">
              {t("companion", {
                label: indicator.companion.label,
                value: indicator.companion.latest.display.text,
              })}
            </p>
          )}
          {(change || indicator.noChange !== "first-figure") && (
            <p className="text-sm" data-testid="kpi-change">
              {change ? (
                <span
                  className={
                    change.delta >= 0
                      ? "text-emerald-700 dark:text-emerald-400"
                      : "text-rose-700 dark:text-rose-400"
                  }
                >
                  <span aria-hidden>{change.delta > 0 ? "▲ " : change.delta < 0 ? "▼ " : ""}</span>
                  {change.approximate ? "≈ " : ""}
                  {change.deltaText}
                  {change.pct !== null ? ` (${formatPercent(change.pct, locale)})` : ""}{" "}
                  <span className="ink">
                    {t("since")} <PartialDate value={change.since} />
                  </span>
                </span>
              ) : (
                indicator.noChange &&
                indicator.noChange !== "first-figure" && (
                  <span className="ink" data-no-change={indicator.noChange}>
                    {t(`noChange.${indicator.noChange}`)}
                  </span>
                )
              )}
            </p>
          )}
          {indicator.laterCount && <LaterCount later={indicator.laterCount} />}
          {yearFiltered && indicator.targets.length > 0 ? (
            <p className="ink text-xs">{t("targetsYearNote")}</p>
          ) : (
            indicator.targets.map((target) => <TargetProgress key={target.id} target={target} />)
          )}
          <div className="ink mt-auto space-y-1 pt-1 text-xs">
            <p data-testid="kpi-source">
              {t("asOf")} <PartialDate value={latest.asOf} /> · <FigureSource figure={latest} />
            </p>
            {indicator.newest && (
              <p data-testid="kpi-cycle" data-freshness={indicator.freshness ?? "none"}>
                {t("cycle", {
                  date: formatPartialDate(indicator.newest, locale),
                  months: indicator.updateEveryMonths === null ? "none" : String(indicator.updateEveryMonths),
                })}
                {indicator.freshness === "stale" && <span className="sr-only"> {t("staleHint")}</span>}
              </p>
            )}
            <BreakdownNote unbroken={indicator.unbroken} />
            <div className="flex flex-wrap items-center gap-x-3">
              <Link
                href={recordPage.figure(latest.id)}
                className="hover-brand inline-block py-0.5 underline underline-offset-2"
                data-testid="kpi-figure-link"
              >
                {t("figurePage")}
              </Link>
              <KpiCite figure={latest} indicatorLabel={indicator.label} />
            </div>
          </div>
        </>
      ) : (
        <p className="ink text-sm">{t("noFigure")}</p>
      )}
    </Card>
  );
}

/** A later figure counted under another definition, with its own date and source, and no change computed. */
function LaterCount({ later }: { later: NonNullable<IndicatorView["laterCount"]> }) {
  const t = useTranslations("kpi");
  const f = later.latest;
  return (
    <div className="edge rounded-md border border-dashed p-2 text-xs" data-testid="kpi-later">
      <p className="ink font-medium">{t("laterTitle")}</p>
      <p className="mt-0.5">
        <Link href={recordPage.figure(f.id)} className="hover-brand underline underline-offset-2">
          <span className="ink-strong text-base font-semibold tabular-nums">{f.display.text}</span>
        </Link>{" "}
        <Badge kind="confidence" value={f.confidence} />
      </p>
      <p className="ink mt-0.5">
        <PartialDate value={f.asOf} /> · <FigureSource figure={f} />
      </p>
      <p className="ink mt-0.5">{t("laterNote", { label: later.label })}</p>
    </div>
  );
}
