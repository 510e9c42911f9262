import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import type { SourceRef } from "@/lib/queries/views";
import { newTabIf } from "./new-tab";

/**
 * "Source: publisher, date" linking to the source's details on the sources page. A publisher or date the
 * records do not hold is said to be not recorded, never filled in. In an embed it opens in a new tab.
 */
export function SourceLink({
  source,
  compact = false,
  newTab = false,
}: {
  source: SourceRef;
  compact?: boolean;
  newTab?: boolean;
}) {
  const t = useTranslations("source");
  const locale = useLocale();
  const publisher = source.publisher ?? t("publisherNotRecorded");
  const date = source.published ? formatPartialDate(source.published, locale) : t("dateNotRecorded");
  return (
    <Link
      href={{ pathname: "/sources", hash: `source-${source.id}` }}
      className="link-dotted"
      title={`${source.title ?? t("titleNotRecorded")} (${date})`}
      data-source-id={source.id}
      {...newTabIf(newTab)}
    >
      {!source.identified ? t("notIdentified") : compact ? publisher : t("cite", { publisher, date })}
    </Link>
  );
}
