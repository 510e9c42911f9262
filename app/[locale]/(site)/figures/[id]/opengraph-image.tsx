import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { getDataset } from "@/lib/data/store";
import { tagRenderWithDataset } from "@/lib/data/revalidate";
import { formatPartialDate } from "@/lib/format/dates";
import { notFound } from "next/navigation";
import { localeAndId } from "@/lib/i18n/routing";
import { fontsFor } from "@/lib/og/fonts";
import { getFigure } from "@/lib/queries/figures";

// The share image of a figure page (Open Graph; Twitter reads it too), per figure and language.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "A figure of the Beijing AI Policy Tracker with its source and date";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function Image({ params }: Props) {
  const p = localeAndId(await params);
  // The image shows a figure: should it ever be cached, it goes when its dataset version is swapped out.
  await tagRenderWithDataset();
  const view = p && getFigure(getDataset(), p.id, p.locale);
  // Only a figure of the dataset gets an image under the tracker's name.
  if (!p || !view) notFound();
  const lang = p.locale;
  const tm = await getTranslations({ locale: lang, namespace: "meta" });
  const ts = await getTranslations({ locale: lang, namespace: "source" });
  const tf = await getTranslations({ locale: lang, namespace: "figurePage" });
  const brand = tm("title");
  const value = view.figure.display.text;
  const label = view.indicator.label;
  const source = ts("cite", {
    publisher: view.figure.source.publisher ?? ts("publisherNotRecorded"),
    date: view.figure.source.published
      ? formatPartialDate(view.figure.source.published, lang)
      : ts("dateNotRecorded"),
  });
  const asOf = tf("asOfLine", { date: formatPartialDate(view.figure.asOf, lang) });
  const { fonts, family } = fontsFor([brand, value, label, source, asOf, "AI"].join(" "), lang);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#111827",
        fontFamily: family,
        borderTop: "16px solid #2563eb",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 30, color: "#374151" }}>
        <div
          style={{
            display: "flex",
            width: 48,
            height: 48,
            borderRadius: 10,
            background: "#2563eb",
            color: "#fff",
            fontSize: 22,
            fontWeight: 700,
            alignItems: "center",
            justifyContent: "center",
          }}
        >
          AI
        </div>
        {brand}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
        <div style={{ fontSize: 44, color: "#374151", lineHeight: 1.2 }}>{label}</div>
        <div style={{ fontSize: 112, fontWeight: 700, lineHeight: 1.05 }}>{value}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 6, fontSize: 28, color: "#4b5563" }}>
        <div>{asOf}</div>
        <div>{source}</div>
      </div>
    </div>,
    { ...size, fonts },
  );
}
