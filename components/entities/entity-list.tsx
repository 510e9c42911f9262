import { useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { SourceLink } from "@/components/common/source-link";
import type { EntityListView, EntityView } from "@/lib/queries/views";

/** A named list that may be only partly known: says how many of the total are named. */
export function EntityList({ list, entities }: { list: EntityListView; entities: EntityView[] }) {
  const t = useTranslations("entities");
  return (
    <div className="rounded-tremor-default border border-tremor-border bg-white dark:border-dark-tremor-border dark:bg-dark-tremor-background">
      <div className="border-b border-tremor-border p-4 dark:border-dark-tremor-border">
        <h3 className="font-medium text-tremor-content-strong dark:text-dark-tremor-content-strong">
          {list.name}
        </h3>
        <p className="text-sm" data-testid="entity-coverage">
          {list.total !== null
            ? t("namedOf", { named: list.named, total: list.total })
            : t("named", { named: list.named })}
        </p>
        {list.note && <p className="mt-1 text-xs">{list.note}</p>}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="text-xs text-tremor-content dark:text-dark-tremor-content">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("domain")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("approved")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("district")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("source")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entities.map((e) => (
              <tr key={e.id} className="border-t border-tremor-border dark:border-dark-tremor-border">
                <th
                  scope="row"
                  className="px-4 py-2 font-medium text-tremor-content-strong dark:text-dark-tremor-content-strong"
                >
                  {e.name}
                </th>
                <td className="px-4 py-2">{e.domain}</td>
                <td className="px-4 py-2">
                  {e.date ? (
                    <PartialDate value={e.date} />
                  ) : (
                    <span title={e.note ?? undefined}>{t("notGiven")}</span>
                  )}
                </td>
                <td className="px-4 py-2">
                  {e.district?.name ?? (
                    <span className="text-tremor-content dark:text-dark-tremor-content">
                      {t("notPublished")}
                    </span>
                  )}
                </td>
                <td className="px-4 py-2">
                  <span className="flex flex-wrap items-center gap-1">
                    <SourceLink source={e.source} compact />
                    <Badge kind="confidence" value={e.confidence} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
