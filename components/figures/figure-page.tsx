import { recordPage } from "@/lib/queries/pages";
import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/domain/codes";
import { citedFigure, type FigureView } from "@/lib/queries/figures";
import { Link } from "@/lib/i18n/navigation";
import { linkOrigin } from "@/lib/ui/site";
import { PrintControl } from "@/components/print/print-control";
import { PrintSources } from "@/components/print/print-sources";
import { CiteBox } from "./cite-box";
import { EmbedBox } from "@/components/embed/embed-box";
import { EMBED_HEIGHT } from "@/lib/queries/embeds";
import { FigureChanges, RevisedOn } from "./figure-changes";
import { FigureFacts } from "./figure-facts";
import { FigureRelated } from "./figure-related";
import { FigureSeries } from "./figure-series";

/** A figure's own page: the figure and its provenance, its series, its targets, and how to cite it. */
export function FigurePage({ view, locale }: { view: FigureView; locale: Locale }) {
  const t = useTranslations("figurePage");
  const tc = useTranslations("cite");
  const tm = useTranslations("meta");
  const te = useTranslations("embed");
  const site = linkOrigin();
  const url = `${site.origin}/${locale}/figures/${view.figure.id}`;
  return (
    <div data-testid="figure-page" data-observation={view.figure.id}>
      <PageHeader
        eyebrow={
          <p className="ink text-sm">
            {t("eyebrow")} ·{" "}
            <Link
              href={recordPage.indicator(view.indicator.direction.code, view.indicator.id)}
              className="underline"
            >
              {view.indicator.direction.name}
            </Link>
          </p>
        }
        title={t("metaTitle", { indicator: view.indicator.label, value: view.figure.display.text })}
        intro={view.indicator.definition}
      >
        <RevisedOn view={view} />
        <PrintControl />
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card className="p-4">
          <h2 className="sr-only">{t("facts")}</h2>
          <FigureFacts view={view} />
        </Card>
        <Card className="p-4">
          <h2 className="ink-strong font-semibold">{tc("title")}</h2>
          <p className="mb-3 mt-1 text-sm">{tc("intro")}</p>
          <CiteBox
            figure={citedFigure(view, {
              tracker: tm("title"),
              url,
              accessed: new Date().toISOString().slice(0, 10),
            })}
            site={site}
          />
        </Card>
      </div>
      <Section id="embed" title={te("title")} intro={te("intro")}>
        <EmbedBox
          site={site}
          targets={[
            {
              kind: "figure",
              src: `${site.origin}/${locale}/embed/figures/${view.figure.id}`,
              title: te("frameTitle", {
                title: t("metaTitle", { indicator: view.indicator.label, value: view.figure.display.text }),
                site: tm("title"),
              }),
              height: EMBED_HEIGHT.figure,
            },
            ...(view.series.length > 1
              ? [
                  {
                    kind: "chart" as const,
                    src: `${site.origin}/${locale}/embed/indicators/${view.indicator.id}`,
                    title: te("frameTitle", { title: view.indicator.label, site: tm("title") }),
                    height: EMBED_HEIGHT.indicator,
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <Section id="series" title={t("series")} intro={t("seriesIntro")}>
        <FigureSeries view={view} />
      </Section>
      <FigureRelated view={view} />
      <FigureChanges view={view} />
      <PrintSources sources={[view.figure.source, ...view.series.map((o) => o.source)]} />
    </div>
  );
}
