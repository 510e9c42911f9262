import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FigurePage } from "@/components/figures/figure-page";
import { getDataset } from "@/lib/data/store";
import { localeAndId } from "@/lib/i18n/routing";
import { getFigure, renamedFigure } from "@/lib/queries/figures";

// Rendered on first request per figure and language, then served from the cache and regenerated when
// the dataset changes (see _views/routing.ts); an unknown id is a 404.
export const revalidate = 300;
export const generateStaticParams = () => [];

type Props = { params: Promise<{ locale: string; id: string }> };

const read = localeAndId;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = read(await params);
  const view = p && getFigure(getDataset(), p.id, p.locale);
  if (!p || !view) return {};
  const t = await getTranslations({ locale: p.locale, namespace: "figurePage" });
  const title = t("metaTitle", { indicator: view.indicator.label, value: view.figure.display.text });
  // The share image is the opengraph-image next to this page; Twitter's large card shows it too.
  return { title, openGraph: { title, type: "article" }, twitter: { card: "summary_large_image", title } };
}

export default async function Page({ params }: Props) {
  const p = read(await params);
  if (!p) notFound();
  setRequestLocale(p.locale);
  const ds = getDataset();
  const view = getFigure(ds, p.id, p.locale);
  if (!view) {
    // A figure cited under an id it had before a correction: send the reader to where it is now.
    const now = renamedFigure(ds, p.id);
    if (now) permanentRedirect(`/${p.locale}/figures/${now}`);
    notFound();
  }
  return <FigurePage view={view} locale={p.locale} />;
}
