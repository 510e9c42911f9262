import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import type { SourceRef } from "@/lib/queries/views";

/** "Source: publisher, date" linking to the source's details on the sources page. */
export function SourceLink({ source, compact = false }: { source: SourceRef; compact?: boolean }) {
  const t = useTranslations("source");
  const locale = useLocale();
  const date = formatPartialDate(source.date, locale);
  return (
    <Link
      href={{ pathname: "/sources", hash: `source-${source.id}` }}
      className="underline decoration-dotted underline-offset-2 hover:text-tremor-brand dark:hover:text-dark-tremor-brand"
      title={`${source.title} (${date})`}
      data-source-id={source.id}
    >
      {compact ? source.publisher : t("cite", { publisher: source.publisher, date })}
    </Link>
  );
}

/** A compact link to a source when only its id and publisher are at hand. */
export function SourceLinkById({ id, publisher }: { id: string; publisher: string }) {
  return (
    <Link
      href={{ pathname: "/sources", hash: `source-${id}` }}
      className="underline decoration-dotted underline-offset-2"
      data-source-id={id}
    >
      {publisher}
    </Link>
  );
}
