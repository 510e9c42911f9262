import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { SourceUrl } from "@/components/common/source-url";
import { formatPartialDate } from "@/lib/format/dates";
import type { FigureView } from "@/lib/queries/figures";
import type { SourceRef } from "@/lib/queries/views";

const TERM = "text-sm ink";

/** The figure, where and when it holds, how far to trust it, and the source as it was written. */
export function FigureFacts({ view }: { view: FigureView }) {
  const t = useTranslations("figurePage");
  const tconf = useTranslations("confidence");
  const locale = useLocale();
  const f = view.figure;
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
      {f.original && (
        <>
          <dt className={TERM}>{t("original")}</dt>
          <dd data-testid="figure-original">
            <SourceFacts source={f.original} testId="figure-original-title" />
          </dd>
        </>
      )}
      <dt className={TERM}>{t(f.original ? "reportedBy" : "source")}</dt>
      <dd>
        <ul className="space-y-3" data-testid="figure-reports">
          {f.reportedBy.map((r, i) => (
            <li key={r.id}>
              <SourceFacts source={r} testId={i === 0 ? "figure-source-title" : undefined} />
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

/** One source as written: title, publisher and date (or that they are not recorded), its link, how sure. */
function SourceFacts({ source: s, testId }: { source: SourceRef; testId?: string }) {
  const t = useTranslations("figurePage");
  const ts = useTranslations("source");
  const locale = useLocale();
  return (
    <div className="space-y-0.5 text-sm" data-source-id={s.id}>
      {!s.identified && <p className="font-medium">{ts("notIdentified")}</p>}
      <p className="ink-strong" data-testid={testId} lang={s.title ? s.language : undefined}>
        {s.title ?? <span className="italic">{ts("titleNotRecorded")}</span>}
      </p>
      <p>
        {s.publisher ?? <span className="italic">{ts("publisherNotRecorded")}</span>} ·{" "}
        {s.published ? (
          formatPartialDate(s.published, locale)
        ) : (
          <span className="italic">{ts("dateNotRecorded")}</span>
        )}{" "}
        <Badge kind="confidence" value={s.confidence} />
      </p>
      <p className="break-all">
        <SourceUrl url={s.url} none={t(s.kind === "report" ? "noOnlineCopy" : "noLink")} />
        {s.url && !s.opens && <span className="ink block">{t("siteOnly")}</span>}
      </p>
    </div>
  );
}
