import { useTranslations } from "next-intl";
import type { DirectionCode } from "@/lib/domain/codes";

const linkClass = "inline-flex min-h-6 items-center link-dotted";

/** Where to follow the log: its feeds (the whole site, or the direction chosen) and the API. */
export function FeedLinks({ locale, direction }: { locale: string; direction: DirectionCode | null }) {
  const t = useTranslations("changes");
  const base = direction ? `/${locale}/directions/${direction}` : `/${locale}`;
  const api = `/api/v1/changes?locale=${locale}${direction ? `&direction=${direction}` : ""}`;
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm print:hidden" data-testid="feed-links">
      <span className="font-medium">{t("follow")}:</span>
      <a className={linkClass} href={`${base}/feed.xml`} type="application/atom+xml">
        {t("atom")}
      </a>
      <a className={linkClass} href={`${base}/feed.json`} type="application/feed+json">
        {t("jsonFeed")}
      </a>
      <a className={linkClass} href={api} type="application/json">
        {t("api")}
      </a>
    </p>
  );
}
