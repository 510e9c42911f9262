import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { SourceUrl } from "@/components/common/source-url";
import { formatPartialDate } from "@/lib/format/dates";
import type { FigureView } from "@/lib/queries/figures";

const TERM = "text-sm ink";

/** The figure, where and when it holds, how far to trust it, and the source as it was written. */
export function FigureFacts({ view }: { view: FigureView }) {
  const t = useTranslations("figurePage");
  const ts = useTranslations("source");
  const tconf = useTranslations("confidence");
  const locale = useLocale();
  const f = view.figure;
  const s = f.source;
  const place = [f.district?.name ?? t("cityWide"), f.sector?.name ?? t("allSectors")].join(" · ");
  return (
    <dl
      className="grid grid-cols-[minmax(0,6.5rem)_minmax(0,1fr)] gap-x-4 gap-y-2 sm:grid-cols-[minmax(0,9rem)_minmax(0,1fr)]"
      data-testid="figure-facts"
    >
      <dt className={TERM}>{t("value")}</dt>
      <dd className="ink-strong text-2xl font-semibold tabular-nums" data-testid="figure-value">
        {f.display.text}
      </dd>
      <dt className={TERM}>{t("asOf")}</dt>
      <dd>{formatPartialDate(f.asOf, locale)}</dd>
      <dt className={TERM}>{t("place")}</dt>
      <dd>{place}</dd>
      <dt className={TERM}>{t("confidence")}</dt>
      <dd>
        <Badge kind="confidence" value={f.confidence} always />{" "}
        <span className="text-sm">{tconf(`${f.confidence}Help`)}</span>
      </dd>
      {f.note && (
        <>
          <dt className={TERM}>{t("note")}</dt>
          <dd className="text-sm">{f.note}</dd>
        </>
      )}
      <dt className={TERM}>{t("sourceTitle")}</dt>
      <dd data-testid="figure-source-title">
        {s.title ?? <span className="italic">{ts("titleNotRecorded")}</span>}
      </dd>
      <dt className={TERM}>{t("publisher")}</dt>
      <dd>{s.publisher ?? <span className="italic">{ts("publisherNotRecorded")}</span>}</dd>
      <dt className={TERM}>{t("published")}</dt>
      <dd>
        {s.published ? (
          formatPartialDate(s.published, locale)
        ) : (
          <span className="italic">{ts("dateNotRecorded")}</span>
        )}
      </dd>
      <dt className={TERM}>{t("link")}</dt>
      <dd className="break-all text-sm">
        <SourceUrl url={s.url} none={t("noLink")} />
      </dd>
    </dl>
  );
}
