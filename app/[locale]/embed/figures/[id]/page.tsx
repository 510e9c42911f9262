import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/common/badge";
import { SourceLink } from "@/components/common/source-link";
import { EmbedFrame } from "@/components/embed/embed-frame";
import { getDataset } from "@/lib/data/store";
import { formatPartialDate } from "@/lib/format/dates";
import { localeAndId } from "@/lib/i18n/routing";
import { getFigure, renamedFigure } from "@/lib/queries/figures";
import { siteOrigin } from "@/lib/ui/site";

// Rendered on first request per figure and language, then cached like the figure pages.
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(params: Props["params"]) {
  const p = localeAndId(await params);
  const view = p && getFigure(getDataset(), p.id, p.locale);
  return p && view ? { locale: p.locale, view } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load(params);
  if (!p) return {};
  const t = await getTranslations({ locale: p.locale, namespace: "figurePage" });
  return {
    title: t("metaTitle", { indicator: p.view.indicator.label, value: p.view.figure.display.text }),
    robots: { index: false },
  };
}

/** One figure as a card another site can frame: value, what it counts, date, confidence, source, link back. */
export default async function Page({ params }: Props) {
  const p = await load(params);
  if (!p) {
    // Embed code on other sites carries the id a figure had then: send it to the figure's id now.
    const asked = localeAndId(await params);
    const now = asked && renamedFigure(getDataset(), asked.id);
    if (asked && now) permanentRedirect(`/${asked.locale}/embed/figures/${now}`);
    notFound();
  }
  setRequestLocale(p.locale);
  const { view, locale } = p;
  const tf = await getTranslations({ locale, namespace: "figurePage" });
  return (
    <EmbedFrame
      testId="embed-figure"
      href={`${siteOrigin()}/${locale}/figures/${view.figure.id}`}
      source={<SourceLink source={view.figure.source} newTab />}
    >
      <div className="flex items-start justify-between gap-2">
        <h1 className="ink-emphasis text-sm font-medium">{view.indicator.label}</h1>
        <Badge kind="confidence" value={view.figure.confidence} />
      </div>
      <p className="ink-strong text-3xl font-semibold tabular-nums" data-testid="embed-value">
        {view.figure.display.text}
      </p>
      <p className="text-sm">
        {tf("asOfLine", { date: formatPartialDate(view.figure.asOf, locale) })}
        {view.figure.district ? ` · ${view.figure.district.name}` : ""}
      </p>
      <p className="ink line-clamp-2 text-xs">{view.indicator.definition}</p>
    </EmbedFrame>
  );
}
