import { recordPage } from "@/lib/queries/pages";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import { formatPartialDate } from "@/lib/format/dates";
import type { FigureView } from "@/lib/queries/figures";

/** The targets the figure counts towards, and the other figures read from its source. */
export function FigureRelated({ view }: { view: FigureView }) {
  const t = useTranslations("figurePage");
  const locale = useLocale();
  return (
    <>
      <Section id="targets" title={t("targets")}>
        {view.targets.length === 0 ? (
          <p className="text-sm">{t("noTargets")}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="figure-targets">
            {view.targets.map((tg) => (
              <li key={tg.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/directions/${tg.direction}#target-${tg.id}`} className="underline">
                  {tg.label}
                </Link>
                <Badge kind="target" value={tg.progress.status} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="same-source" title={t("sameSource")}>
        {view.fromSameSource.length === 0 ? (
          <p className="text-sm">{t("noSameSource")}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="figure-same-source">
            {view.fromSameSource.map((o) => (
              <li key={o.id}>
                <Link href={recordPage.figure(o.id)} className="underline">
                  {o.indicatorLabel}: {o.text}
                </Link>{" "}
                ({formatPartialDate(o.asOf, locale)})
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
