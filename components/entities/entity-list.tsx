import { useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { PartialDate } from "@/components/common/partial-date";
import { SourceLink } from "@/components/common/source-link";
import type { EntityListView, EntityView } from "@/lib/queries/views";

/** A named list that may be only partly known: says how many of the total are named. */
export function EntityList({ list, entities }: { list: EntityListView; entities: EntityView[] }) {
  const t = useTranslations("entities");
  return (
    <div className="edge rounded-tremor-default border bg-white dark:bg-dark-tremor-background">
      <div className="edge border-b p-4">
        <h3 className="ink-strong font-medium">{list.name}</h3>
        <p className="text-sm" data-testid="entity-coverage">
          {list.total !== null
            ? t("namedOf", { named: list.named, total: list.total })
            : t("named", { named: list.named })}
        </p>
        {list.note && <p className="mt-1 text-xs">{list.note}</p>}
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="ink text-xs">
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
              <tr key={e.id} className="edge border-t">
                <th scope="row" className="ink-strong px-4 py-2 font-medium">
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
                  {e.district?.name ?? <span className="ink">{t("notPublished")}</span>}
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
