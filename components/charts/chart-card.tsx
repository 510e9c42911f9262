import { Card } from "@/components/ui/tremor";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** Card around a chart, with its caption, its sources and the numbers behind it as a table. */
export function ChartCard({
  title,
  caption,
  note,
  empty = false,
  footer,
  table,
  children,
  testId,
}: {
  title: string;
  caption?: string;
  /** Shown under the caption, e.g. why a filter does not narrow this chart. */
  note?: ReactNode;
  /** Nothing left to draw for the current selection. */
  empty?: boolean;
  footer?: ReactNode;
  table?: { columns: string[]; rows: (string | number)[][] };
  children: ReactNode;
  testId?: string;
}) {
  const t = useTranslations("charts");
  return (
    <Card className="flex flex-col gap-3 p-4" data-testid={testId}>
      <div>
        <h3 className="font-medium text-tremor-content-strong dark:text-dark-tremor-content-strong">
          {title}
        </h3>
        {caption && <p className="text-sm">{caption}</p>}
        {note}
      </div>
      {empty ? (
        <p
          className="grid h-40 place-items-center rounded-md border border-dashed border-tremor-border text-sm dark:border-dark-tremor-border"
          data-testid="chart-empty"
        >
          {t("empty")}
        </p>
      ) : (
        children
      )}
      {table && (
        <details className="text-sm">
          <summary className="cursor-pointer select-none text-tremor-content dark:text-dark-tremor-content">
            {t("showData")}
          </summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-xs">
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      className="border-b border-tremor-border py-1 pr-3 font-medium dark:border-dark-tremor-border"
                    >
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j} className="py-1 pr-3 tabular-nums">
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {footer && (
        <div className="mt-auto text-xs text-tremor-content dark:text-dark-tremor-content">{footer}</div>
      )}
    </Card>
  );
}
