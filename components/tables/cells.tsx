"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/common/badge";
import { formatPartialDate } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { Link } from "@/lib/i18n/navigation";
import { CONFIDENCES, MEASURE_STATUSES, TARGET_STATUSES, isOneOf } from "@/lib/domain/codes";
import { LIST_SEPARATOR, type ColumnSpec } from "@/lib/tables/columns";
import type { GridRow as TableRow } from "@/lib/tables/row";

function Empty() {
  const t = useTranslations("table");
  return (
    <span className="ink-faint" title={t("empty")}>
      –
    </span>
  );
}

const linkClass = "underline decoration-dotted underline-offset-2";

/**
 * A list column's values, each on its own: links one by one, a source each to its own entry on the
 * sources page (the row's `source_ids` hold the ids in the same order), other texts joined.
 */
function ListCell({ row, column, values }: { row: TableRow; column: ColumnSpec; values: readonly string[] }) {
  const ids = row.values.source_ids;
  const parts = values.map((v, i) => {
    const id = Array.isArray(ids) ? ids[i] : undefined;
    if (column.type === "url" && /^https?:\/\//.test(v))
      return (
        <a
          key={i}
          href={v}
          rel="noopener noreferrer external"
          target="_blank"
          className="break-all underline"
        >
          {v}
        </a>
      );
    if (column.type === "source" && typeof id === "string")
      return (
        <Link
          key={i}
          href={{ pathname: "/sources", hash: `source-${id}` }}
          className={linkClass}
          data-source-id={id}
        >
          {v}
        </Link>
      );
    return <span key={i}>{v}</span>;
  });
  return <span>{parts.flatMap((p, i) => (i === 0 ? [p] : [LIST_SEPARATOR, p]))}</span>;
}

/** Renders one cell by its column type: the shared renderers of every table. */
export function Cell({ row, column }: { row: TableRow; column: ColumnSpec }) {
  const locale = useLocale();
  const value = row.values[column.id] ?? null;
  const display = row.display?.[column.id];
  if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return <Empty />;
  if (typeof value !== "string" && typeof value !== "number")
    return <ListCell row={row} column={column} values={value} />;
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
      return isOneOf(MEASURE_STATUSES, value) ? <Badge kind="status" value={value} /> : <span>{value}</span>;
    case "target-status":
      return isOneOf(TARGET_STATUSES, value) ? <Badge kind="target" value={value} /> : <span>{value}</span>;
    case "confidence":
      return isOneOf(CONFIDENCES, value) ? (
        <Badge kind="confidence" value={value} always />
      ) : (
        <span>{value}</span>
      );
    case "source":
      return row.links.source ? (
        <Link
          href={{ pathname: "/sources", hash: `source-${row.links.source}` }}
          className={linkClass}
          data-source-id={row.links.source}
        >
          {String(value)}
        </Link>
      ) : (
        <span>{value}</span>
      );
    case "url":
      return typeof value === "string" && /^https?:\/\//.test(value) ? (
        <a href={value} rel="noopener noreferrer external" target="_blank" className="break-all underline">
          {value}
        </a>
      ) : (
        <span>{value}</span>
      );
    case "code":
      return display ? <span>{display}</span> : <span className="font-mono text-xs">{value}</span>;
    default:
      return <span>{display ?? value}</span>;
  }
}
