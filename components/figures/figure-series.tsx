import { recordPage } from "@/lib/queries/pages";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatPartialDate } from "@/lib/format/dates";
import type { FigureView } from "@/lib/queries/figures";

const CELL = "border-b edge py-1.5 pr-4";

/** Every figure of the indicator as a table, this page's marked; each row leads to its own page. */
export function FigureSeries({ view }: { view: FigureView }) {
  const t = useTranslations("figurePage");
  const tconf = useTranslations("confidence");
  const locale = useLocale();
  return (
    <div className="overflow-x-auto" tabIndex={0} aria-label={t("series")}>
      <table className="w-full min-w-[28rem] text-left text-sm" data-testid="figure-series">
        <thead>
          <tr>
            <th scope="col" className={`${CELL} font-medium`}>
              {t("date")}
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              {t("value")}
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              {t("confidence")}
            </th>
            <th scope="col" className={`${CELL} font-medium`}>
              {t("source")}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.series.map((o) => (
            <tr
              key={o.id}
              aria-current={o.current ? "true" : undefined}
              className={
                o.current ? "bg-tremor-brand-faint font-semibold dark:bg-dark-tremor-brand-faint" : ""
              }
            >
              <td className={`${CELL} whitespace-nowrap`}>
                {o.current ? (
                  <>
                    {formatPartialDate(o.asOf, locale)}{" "}
                    <span className="font-normal">({t("thisFigure")})</span>
                  </>
                ) : (
                  <Link href={recordPage.figure(o.id)} className="underline">
                    {formatPartialDate(o.asOf, locale)}
                  </Link>
                )}
              </td>
              <td className={`${CELL} tabular-nums`}>{o.display.text}</td>
              <td className={CELL}>{tconf(o.confidence)}</td>
              <td className={CELL}>{o.source.publisher ?? o.source.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
