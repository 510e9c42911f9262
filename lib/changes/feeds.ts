/**
 * The change log as feeds: Atom (RFC 4287) and JSON Feed 1.1, for the whole site or one direction, in the
 * reader's language. Both read `changeViews`, as the page does. Links are absolute on the configured origin.
 */
import { escapeXml } from "@/lib/format/escape";
import type { Dataset } from "@/lib/data/types";
import type { DirectionCode, Locale } from "@/lib/domain/codes";
import { translator } from "@/lib/i18n/translator";
import { changeViews, type ChangeView } from "@/lib/changes/log";
import { directionName } from "@/lib/queries/refs";
import { siteOrigin } from "@/lib/ui/site";

/** How many of the newest entries a feed carries; the page has them all. */
export const FEED_LIMIT = 100;

interface FeedEntry {
  id: string;
  url: string;
  title: string;
  text: string;
  date: string;
}

interface Feed {
  title: string;
  home: string;
  self: { atom: string; json: string };
  updated: string;
  entries: FeedEntry[];
}

const stamp = (date: string) => `${date}T00:00:00Z`;

function entryOf(c: ChangeView, locale: Locale, origin: string): FeedEntry {
  const t = translator(locale);
  const lines = [
    c.kind === "added" || c.old === null ? null : `${t("changes.was")}: ${c.old}`,
    c.kind === "withdrawn" ? null : `${t("changes.now")}: ${c.new ?? t("changes.notRecorded")}`,
    `${t("changes.why")}: ${c.reason}`,
    c.source
      ? `${t("changes.source")}: ${c.source.publisher ?? c.source.description}${c.source.url ? ` <${c.source.url}>` : ""}`
      : null,
  ];
  return {
    id: `${origin}/${locale}/changes#change-${c.id}`,
    url: c.href ? `${origin}/${locale}${c.href}` : `${origin}/${locale}/changes#change-${c.id}`,
    title: `${t(`changes.kind.${c.kind}`)}: ${c.title}${c.fieldLabel ? ` · ${c.fieldLabel}` : ""}`,
    text: lines.filter((l): l is string => l !== null).join("\n"),
    date: c.date,
  };
}

export function changeFeed(ds: Dataset, locale: Locale, direction: DirectionCode | null): Feed {
  const t = translator(locale);
  const origin = siteOrigin();
  const views = changeViews(ds, locale, { directions: direction ? [direction] : [], indicator: null });
  const base = direction ? `${origin}/${locale}/directions/${direction}` : `${origin}/${locale}`;
  return {
    title: direction
      ? t("changes.feedDirectionTitle", { direction: directionName(ds, direction, locale) })
      : t("changes.feedTitle"),
    home: direction ? `${origin}/${locale}/changes?direction=${direction}` : `${origin}/${locale}/changes`,
    self: { atom: `${base}/feed.xml`, json: `${base}/feed.json` },
    updated: stamp(views[0]?.date ?? ds.updatedAt.slice(0, 10)),
    entries: views.slice(0, FEED_LIMIT).map((c) => entryOf(c, locale, origin)),
  };
}

const xml = escapeXml;

export function atomXml(feed: Feed, locale: Locale): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.url)}"/>
    <updated>${stamp(e.date)}</updated>
    <content type="text">${xml(e.text)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(feed.self.atom)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(feed.self.atom)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.home)}"/>
  <updated>${feed.updated}</updated>
  <author><name>${xml(translator(locale)("layout.brand"))}</name></author>
${entries.join("\n")}
</feed>
`;
}

export function jsonFeed(feed: Feed, locale: Locale): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    language: locale,
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_text: e.text,
      date_published: stamp(e.date),
    })),
  });
}
