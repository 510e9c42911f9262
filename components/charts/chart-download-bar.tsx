import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import type { ChartedSeries } from "@/lib/queries/charts";
import type { SourceRef } from "@/lib/queries/views";
import { linkOrigin } from "@/lib/ui/site";
import { ChartDownloads, type DownloadData } from "./chart-downloads";

/**
 * The download buttons of one chart, with everything drawn into the image written here on the server in
 * the page's language: title, what it counts, the source line, the date of the latest figure, the address.
 */
export function ChartDownloadBar({
  title,
  subtitle,
  data,
  sources,
  asOf,
  path,
}: {
  title: string;
  subtitle: string;
  data: DownloadData;
  sources: readonly SourceRef[];
  /** The date of the latest figure drawn, or for counts of records, the dataset's date. */
  asOf: { figure: string } | { dataset: string };
  /** The chart's place on the site, without the language prefix. */
  path: string;
}) {
  const t = useTranslations("charts");
  const ts = useTranslations("source");
  const tm = useTranslations("meta");
  const locale = useLocale();
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const sourceText = unique
    .map((s) => {
      const who = s.publisher ?? ts("publisherNotRecorded");
      return s.published ? `${who}, ${formatPartialDate(s.published, locale)}` : who;
    })
    .join("; ");
  const site = linkOrigin();
  return (
    <ChartDownloads
      data={data}
      site={site}
      locale={locale}
      frame={{
        title,
        subtitle,
        sourceLine:
          unique.length > 0 ? t("download.sourceLine", { sources: sourceText }) : t("download.noSource"),
        asOfLine:
          "figure" in asOf
            ? t("download.asOf", { date: formatPartialDate(asOf.figure, locale) })
            : t("download.datasetAsOf", { date: formatPartialDate(asOf.dataset, locale) }),
        url: `${site.origin}/${locale}${path}`,
        brand: tm("title"),
      }}
      labels={{
        group: t("download.group"),
        png: "PNG",
        svg: "SVG",
        csv: "CSV",
        pngName: t("download.pngName", { title }),
        svgName: t("download.svgName", { title }),
        csvName: t("download.csvName", { title }),
        failed: t("download.failed"),
      }}
    />
  );
}

/** The download bar of a time series: its label and definition, its sources, its latest figure's date. */
export function SeriesDownloadBar({ charted, path }: { charted: ChartedSeries; path: string }) {
  const { chart, sources } = charted;
  const last = chart.table.rows.at(-1);
  if (!last) return null;
  return (
    <ChartDownloadBar
      title={chart.label}
      subtitle={`${chart.definition} (${chart.unitLabel})`}
      data={{ kind: "series", chart }}
      sources={sources}
      asOf={{ figure: last.asOf }}
      path={path}
    />
  );
}
