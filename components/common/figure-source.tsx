import { useTranslations } from "next-intl";
import { SourceLink } from "@/components/common/source-link";
import type { ObservationView, SourceRef } from "@/lib/queries/views";

/** A report opened in a new tab when its link leads to the report itself; else its entry on the sources page. */
function ReportLink({ source }: { source: SourceRef }) {
  const t = useTranslations("source");
  if (!source.opens || source.url === null) return <SourceLink source={source} compact />;
  return (
    <a
      href={source.url}
      target="_blank"
      rel="noopener noreferrer external"
      className="link-dotted inline-block py-0.5"
      data-report-id={source.id}
      aria-label={t("openReportOf", { publisher: source.publisher ?? t("publisherNotRecorded") })}
    >
      {source.publisher ?? t("openReport")} ↗
    </a>
  );
}

/**
 * Where a figure comes from, in one line: the original document (or the report it was read in) and, for a
 * figure known through reports, the first report a reader can open.
 */
export function FigureSource({
  figure,
}: {
  figure: Pick<ObservationView, "source" | "original" | "reportedBy">;
}) {
  const t = useTranslations("source");
  const report = figure.reportedBy.find((r) => r.opens) ?? figure.source;
  if (figure.original)
    return (
      <>
        <SourceLink source={figure.original} /> · {t("asReportedBy")} <ReportLink source={report} />
      </>
    );
  return (
    <>
      <SourceLink source={figure.source} />
      {report.opens && report.url && (
        <>
          {" · "}
          <a
            href={report.url}
            target="_blank"
            rel="noopener noreferrer external"
            className="link-dotted inline-block py-0.5"
            data-report-id={report.id}
          >
            {t("openReport")} ↗
          </a>
        </>
      )}
    </>
  );
}
