import { useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { SourceLink } from "@/components/common/source-link";
import { Link } from "@/lib/i18n/navigation";
import type { CompareGroup } from "@/lib/queries/compare";

/** One unit's figures side by side, each with its own definition; ranked only where definitions match. */
export function CompareGroupCard({ group }: { group: CompareGroup }) {
  const t = useTranslations("compare");
  return (
    <section
      className="edge min-w-0 rounded-tremor-default border bg-white p-4 dark:bg-dark-tremor-background"
      data-testid={`compare-${group.unit}`}
      aria-labelledby={`compare-${group.unit}-title`}
    >
      <h2 id={`compare-${group.unit}-title`} className="ink-strong font-medium">
        {group.unitLabel}
      </h2>
      <p className="ink text-xs" data-testid="ranking-note">
        {group.ranked.length === 0 ? t("noneRanked") : t("ranked")}
      </p>
      {group.ranked.map((r) => (
        <ol key={r.definitionId} className="mt-2 list-inside list-decimal text-sm" data-testid="ranked">
          {r.figures.map((f) => (
            <li key={f.id}>
              {f.placeName}: {f.display} (<PartialDate value={f.asOf} />)
            </li>
          ))}
        </ol>
      ))}
      {/* Scrolls sideways on a phone; focusable so the keyboard can scroll it too. */}
      <div className="mt-3 overflow-x-auto" tabIndex={0}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className="ink text-xs">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("place")}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("definition")}
              </th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">
                {group.unitLabel}
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                {t("asOf")}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.figures.map((f) => (
              <tr key={f.id} className="edge border-t align-top" data-place={f.place}>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {f.placeName}
                </th>
                <td className="py-2 pr-3">
                  {f.href ? (
                    <Link href={f.href} className="font-medium underline decoration-dotted">
                      {f.label}
                    </Link>
                  ) : null}
                  <p className="ink text-xs">{f.definition}</p>
                  {f.kind === "target" && <p className="text-xs font-medium">{t("target")}</p>}
                  {f.note && <p className="text-xs italic">{f.note}</p>}
                  <p className="mt-0.5 text-xs">
                    <SourceLink source={f.source} /> <Badge kind="confidence" value={f.confidence} />
                  </p>
                </td>
                <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">
                  {f.display}
                  {f.reportedGrowth && <span className="block text-xs">{f.reportedGrowth}</span>}
                </td>
                <td className="whitespace-nowrap py-2 pr-3">
                  <PartialDate value={f.asOf} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
