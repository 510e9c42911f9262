import { recordPage } from "@/lib/queries/pages";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { newTabIf } from "@/components/common/new-tab";
import type { NumbersTable as NumbersTableData } from "@/lib/queries/charts";

const COLUMNS = ["date", "value", "unit", "qualifier", "confidence", "source"] as const;

/**
 * "Show the numbers": every point of a chart with its unit, kind of figure, confidence and source. In an
 * embed its links open in a new tab.
 */
export function NumbersTable({ table, newTab = false }: { table: NumbersTableData; newTab?: boolean }) {
  const t = useTranslations("charts");
  const target = newTabIf(newTab);
  return (
    <details className="text-sm" data-testid="numbers">
      <summary className="ink cursor-pointer select-none">{t("showData")}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-xs">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="edge whitespace-nowrap border-b py-1 pr-3 font-medium">
                  {table.columns[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-observation={row.id}>
                <td className="whitespace-nowrap py-1 pr-3">
                  <Link href={recordPage.figure(row.id)} className="underline underline-offset-2" {...target}>
                    {row.date}
                  </Link>
                </td>
                <td className="whitespace-nowrap py-1 pr-3 tabular-nums">{row.value}</td>
                <td className="py-1 pr-3">{row.unit}</td>
                <td className="py-1 pr-3">{row.qualifier}</td>
                <td className="py-1 pr-3">{row.confidence}</td>
                <td className="py-1 pr-3">
                  <Link
                    href={{ pathname: "/sources", hash: `source-${row.source.id}` }}
                    className="link-dotted"
                    data-source-id={row.source.id}
                    {...target}
                  >
                    {row.source.publisher}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
