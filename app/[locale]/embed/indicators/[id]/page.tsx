import type { Metadata } from "next";
import { recordPage } from "@/lib/queries/pages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartBody } from "@/components/charts/chart-body";
import { ChartSources } from "@/components/charts/chart-sources";
import { NumbersTable } from "@/components/charts/numbers-table";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getDataset } from "@/lib/data/store";
import { formatPartialDate } from "@/lib/format/dates";
import { localeAndId } from "@/lib/i18n/routing";
import { embeddedSeries } from "@/lib/queries/embeds";
import { siteOrigin } from "@/lib/ui/site";

// Rendered on first request per indicator and language, then cached like the figure pages.
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props["params"]) {
  const p = localeAndId(await params);
  const charted = p && embeddedSeries(getDataset(), p.id, p.locale);
  return p && charted ? { locale: p.locale, charted } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load(params);
  return p ? { title: p.charted.chart.label, robots: { index: false } } : {};
}

/** One indicator's chart for another site: title, definition, the chart, its numbers, sources, link back. */
export default async function Page({ params }: Props) {
  const p = await load(params);
  if (!p) notFound();
  setRequestLocale(p.locale);
  const { chart, sources } = p.charted;
  const last = chart.table.rows.at(-1);
  const ds = getDataset();
  const direction = ds.index.indicator.get(chart.indicator)?.direction ?? "innovation";
  const tf = await getTranslations({ locale: p.locale, namespace: "figurePage" });
  return (
    <EmbedFrame
      testId="embed-indicator"
      href={`${siteOrigin()}/${p.locale}${recordPage.indicator(direction, chart.indicator)}`}
      source={
        <>
          <ChartSources sources={sources} newTab />
          {last && (
            <p data-testid="embed-as-of">
              <time dateTime={last.asOf}>
                {tf("asOfLine", { date: formatPartialDate(last.asOf, p.locale) })}
              </time>
            </p>
          )}
        </>
      }
    >
      <div>
        <h1 className="ink-strong font-medium">{chart.label}</h1>
        <p className="text-xs">
          {chart.definition} ({chart.unitLabel})
        </p>
      </div>
      <ChartBody chart={chart} height={260} />
      <NumbersTable table={chart.table} newTab />
    </EmbedFrame>
  );
}
