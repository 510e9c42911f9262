import { useLocale, useTranslations } from "next-intl";
import { Popover } from "@/components/ui/popover";
import { CiteBox } from "@/components/figures/cite-box";
import { getDataset } from "@/lib/data/store";
import type { Locale } from "@/lib/domain/codes";
import { citedObservation } from "@/lib/queries/figures";
import type { ObservationView } from "@/lib/queries/views";
import { linkOrigin } from "@/lib/ui/site";

/** "Cite" on a KPI card: the citation of the card's figure, in five styles, one click to copy. */
export function KpiCite({ figure, indicatorLabel }: { figure: ObservationView; indicatorLabel: string }) {
  const t = useTranslations("cite");
  const tm = useTranslations("meta");
  const locale = useLocale() as Locale;
  const ds = getDataset();
  const site = linkOrigin();
  const cited = citedObservation(
    figure,
    indicatorLabel,
    { version: ds.version, versionDate: ds.updatedAt.slice(0, 10) },
    {
      tracker: tm("title"),
      url: `${site.origin}/${locale}/figures/${figure.id}`,
      accessed: new Date().toISOString().slice(0, 10),
    },
  );
  return (
    <Popover
      trigger={<span aria-label={t("citeOf", { label: indicatorLabel })}>{t("short")}</span>}
      label={t("title")}
      testId="kpi-cite"
      panelClassName="w-[min(24rem,calc(100vw-2rem))]"
      scroll={false}
      buttonClassName="inline-flex min-h-6 items-center py-0.5 underline underline-offset-2 hover-brand print:hidden"
    >
      <CiteBox figure={cited} site={site} testId="kpi-cite-box" />
    </Popover>
  );
}
