import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/dates";
import { ChangeEntry } from "@/components/changes/change-entry";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";
import type { FigureView } from "@/lib/queries/figures";

/** What the change log says about this figure and its series. */
export function FigureChanges({ view }: { view: FigureView }) {
  const t = useTranslations("changes");
  return (
    <Section id="changes" title={t("recordChanges")}>
      {view.changes.length === 0 ? (
        <p className="text-sm">{t("noRecordChanges")}</p>
      ) : (
        <ol
          className="divide-y divide-tremor-border dark:divide-dark-tremor-border"
          data-testid="figure-changes"
        >
          {view.changes.map((c) => (
            <li key={c.id}>
              <ChangeEntry change={c} />
            </li>
          ))}
        </ol>
      )}
      <p className="mt-2 text-sm print:hidden">
        <Link href="/changes" className="underline underline-offset-2">
          {t("allChanges")}
        </Link>
      </p>
    </Section>
  );
}

/** "Revised on …" under the title, when the figure itself was corrected after it was first published. */
export function RevisedOn({ view }: { view: FigureView }) {
  const t = useTranslations("changes");
  const locale = useLocale();
  const last = view.changes.find((c) => c.file === "observations" && c.kind !== "added");
  if (!last) return null;
  return (
    <p className="mt-2 text-sm" data-testid="revised-on">
      <a href="#changes" className="underline decoration-dotted underline-offset-2">
        {t("revisedOn", { date: formatPartialDate(last.date, locale) })}
      </a>
    </p>
  );
}
