import { Card } from "@/components/ui/card";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { NumbersTable as NumbersTableData } from "@/lib/queries/charts";
import { NumbersTable } from "./numbers-table";

/** Card around a chart, with its caption, its sources and the numbers behind it as a table. */
export function ChartCard({
  title,
  caption,
  note,
  empty = false,
  footer,
  table,
  download,
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
  /** The numbers behind the chart, under "Show the numbers". */
  table?: NumbersTableData;
  /** PNG, SVG and CSV of the chart (a ChartDownloadBar). */
  download?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const t = useTranslations("charts");
  return (
    <Card className="flex min-w-0 flex-col gap-3 p-4" data-testid={testId}>
      <div>
        <h3 className="ink-strong font-medium">{title}</h3>
        {caption && <p className="text-sm">{caption}</p>}
        {note}
      </div>
      {empty ? (
        <p
          className="edge grid h-40 place-items-center rounded-md border border-dashed text-sm"
          data-testid="chart-empty"
        >
          {t("empty")}
        </p>
      ) : (
        children
      )}
      {!empty && download}
      {table && <NumbersTable table={table} />}
      {footer && <div className="ink mt-auto text-xs">{footer}</div>}
    </Card>
  );
}
