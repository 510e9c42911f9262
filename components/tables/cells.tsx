"use client";

import { useLocale, useTranslations } from "next-intl";
import { ConfidenceBadge } from "@/components/common/confidence-badge";
import { StatusBadge } from "@/components/common/status-badge";
import { TargetStatusBadge } from "@/components/common/target-status-badge";
import { TARGET_STATUSES, type TargetStatus } from "@/lib/queries/progress";
import { formatPartialDate } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/format";
import type { MeasureStatus } from "@/lib/filter/filter";
import { Link } from "@/lib/i18n/navigation";
import { CONFIDENCES, MEASURE_STATUSES, type Confidence } from "@/lib/domain/codes";
import type { ColumnSpec, TableRow } from "@/lib/tables/types";

const isStatus = (v: unknown): v is MeasureStatus => (MEASURE_STATUSES as readonly unknown[]).includes(v);
const isTargetStatus = (v: unknown): v is TargetStatus => (TARGET_STATUSES as readonly unknown[]).includes(v);
const isConfidence = (v: unknown): v is Confidence => (CONFIDENCES as readonly unknown[]).includes(v);

function Empty() {
  const t = useTranslations("table");
  return (
    <span className="text-tremor-content-subtle dark:text-dark-tremor-content-subtle" title={t("empty")}>
      –
    </span>
  );
}

/** Renders one cell by its column type: the shared renderers of every table. */
export function Cell({ row, column }: { row: TableRow; column: ColumnSpec }) {
  const locale = useLocale();
  const value = row.values[column.id] ?? null;
  const display = row.display?.[column.id];
  if (value === null || value === "") return <Empty />;
  switch (column.type) {
    case "number":
      return (
        <span className="tabular-nums">
          {display ?? (typeof value === "number" ? formatNumber(value, locale) : value)}
        </span>
      );
    case "share":
      return typeof value === "number" ? (
        <span className="flex items-center gap-2">
          <span className="h-1.5 w-16 overflow-hidden rounded bg-tremor-background-subtle dark:bg-dark-tremor-background-subtle">
            <span
              className="block h-full bg-blue-500"
              style={{ width: `${Math.min(100, Math.max(0, value))}%` }}
            />
          </span>
          <span className="tabular-nums">{display ?? `${formatNumber(value, locale, 1)}%`}</span>
        </span>
      ) : (
        <span>{value}</span>
      );
    case "date":
      return typeof value === "string" ? (
        <time dateTime={value}>{formatPartialDate(value, locale)}</time>
      ) : (
        <Empty />
      );
    case "status":
      return isStatus(value) ? <StatusBadge status={value} /> : <span>{value}</span>;
    case "target-status":
      return isTargetStatus(value) ? <TargetStatusBadge status={value} /> : <span>{value}</span>;
    case "confidence":
      return isConfidence(value) ? <ConfidenceBadge level={value} always /> : <span>{value}</span>;
    case "source":
      return row.sourceId ? (
        <Link
          href={{ pathname: "/sources", hash: `source-${row.sourceId}` }}
          className="underline decoration-dotted underline-offset-2"
          data-source-id={row.sourceId}
        >
          {String(value)}
        </Link>
      ) : (
        <span>{value}</span>
      );
    case "url":
      return typeof value === "string" && /^https?:\/\//.test(value) ? (
        <a
          href={value.split(" ")[0]}
          rel="noopener noreferrer external"
          target="_blank"
          className="break-all underline"
        >
          {value}
        </a>
      ) : (
        <span>{value}</span>
      );
    case "code":
      return <span className="font-mono text-xs">{display ?? value}</span>;
    default:
      return <span>{display ?? value}</span>;
  }
}
