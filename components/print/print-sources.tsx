import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import type { SourceRef } from "@/lib/queries/views";

/** On paper only: every source the page cites, numbered, with its title as written, date and address. */
export function PrintSources({ sources }: { sources: readonly SourceRef[] }) {
  const t = useTranslations("print");
  const ts = useTranslations("source");
  const locale = useLocale();
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return null;
  return (
    <section className="mt-8 hidden break-inside-avoid text-xs print:block" data-testid="print-sources">
      <h2 className="text-sm font-semibold">{t("sources")}</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {unique.map((s) => (
          <li key={s.id} className="break-all">
            {s.publisher ?? ts("publisherNotRecorded")}. {s.title ?? s.description}.{" "}
            {s.published ? formatPartialDate(s.published, locale) : ts("dateNotRecorded")}.{" "}
            {s.url ?? t("noUrl")}
          </li>
        ))}
      </ol>
    </section>
  );
}
