import { useTranslations } from "next-intl";
import { BreakdownNote } from "@/components/common/breakdown-note";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { SourceLink } from "@/components/common/source-link";
import { DocumentLink } from "@/components/common/document-link";
import type { MeasureView } from "@/lib/queries/views";

/** Measures and milestones as a dated list with status, places, sectors and sources. */
export function MeasureList({ measures }: { measures: MeasureView[] }) {
  const t = useTranslations("measures");
  if (measures.length === 0) {
    return <p className="edge rounded-md border border-dashed p-4 text-sm">{t("empty")}</p>;
  }
  return (
    <ol className="space-y-3" data-testid="measure-list">
      {measures.map((m) => (
        <li
          key={m.id}
          id={`measure-${m.id}`}
          className="edge rounded-tremor-default border bg-white p-4 dark:bg-dark-tremor-background"
        >
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <PartialDate value={m.date} />
            <Badge kind="status" value={m.status} />
            <span className="rounded bg-tremor-background-subtle px-1.5 py-0.5 dark:bg-dark-tremor-background-subtle">
              {t(`kind.${m.kind}`)}
            </span>
            <Badge kind="confidence" value={m.confidence} />
          </div>
          <h3 className="ink-strong mt-1 font-medium">{m.title}</h3>
          <p className="mt-1 text-sm">{m.description}</p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-xs sm:grid-cols-[auto_1fr]">
            <dt className="ink">{t("districts")}</dt>
            <dd>{m.districts.length > 0 ? m.districts.map((d) => d.name).join(", ") : t("cityWide")}</dd>
            <dt className="ink">{t("sectors")}</dt>
            <dd>{m.sectors.length > 0 ? m.sectors.map((s) => s.name).join(", ") : t("allSectors")}</dd>
            <dt className="ink">{t("sources")}</dt>
            <dd className="flex flex-wrap gap-x-3 gap-y-2">
              {m.sources.map((s) => (
                <SourceLink key={s.id} source={s} />
              ))}
            </dd>
          </dl>
          {m.document && (
            <p className="mt-1 text-xs">
              <DocumentLink doc={m.document} />
            </p>
          )}
          <BreakdownNote unbroken={m.unbroken} />
        </li>
      ))}
    </ol>
  );
}
