"use client";

import { useLocale, useTranslations } from "next-intl";
import { Popover } from "@/components/ui/popover";
import { useHydrated } from "@/lib/ui/hydrated";
import { formatNumber } from "@/lib/format/numbers";

interface ColumnToggle {
  id: string;
  label: string;
  visible: boolean;
  toggle: () => void;
}

/** Search, row count, column visibility and the export buttons (CSV, and Excel where the API has the table). */
export function TableToolbar({
  q,
  onQ,
  shown,
  total,
  columns,
  onExportView,
  exportAll,
  excel,
}: {
  q: string;
  onQ: (q: string) => void;
  shown: number;
  total: number;
  columns: ColumnToggle[];
  onExportView: () => void;
  /** A link to the server's file of all rows, or a handler that exports the rows in memory. */
  exportAll: { href: string } | { onClick: () => void };
  /** The server's spreadsheets (XLSX) of the view and of the whole table. */
  excel?: { view: string; all: string };
}) {
  const t = useTranslations("table");
  const locale = useLocale();
  // The toolbar comes drawn with the page: what its controls do waits for the page's script, so until then
  // they are disabled rather than taking a search or a click that would be silently lost.
  const hydrated = useHydrated();
  const button =
    "inline-flex h-9 items-center gap-1 rounded-tremor-default border edge bg-white px-3 text-sm hover-fill disabled:cursor-not-allowed disabled:opacity-50 dark:bg-dark-tremor-background";
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 print:hidden">
      <label className="relative flex-1 basis-56">
        <span className="sr-only">{t("search")}</span>
        <input
          type="search"
          data-testid="table-search"
          value={q}
          onChange={(e) => onQ(e.target.value)}
          disabled={!hydrated}
          placeholder={t("search")}
          maxLength={200}
          className="edge h-9 w-full rounded-tremor-default border bg-white px-3 text-sm dark:bg-dark-tremor-background"
        />
      </label>
      <p className="text-sm tabular-nums" role="status" aria-live="polite" data-testid="row-count">
        {t("rowCount", {
          shown: formatNumber(shown, locale),
          total: formatNumber(total, locale),
          count: total,
        })}
      </p>
      <Popover
        testId="columns"
        label={t("columns")}
        trigger={t("columns")}
        buttonClassName={button}
        panelClassName="w-60"
      >
        {columns.map((c) => (
          <label
            key={c.id}
            className="hover-fill flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm"
          >
            <input
              type="checkbox"
              className="h-4 w-4 accent-blue-600"
              checked={c.visible}
              onChange={c.toggle}
            />
            {c.label}
          </label>
        ))}
      </Popover>
      <button
        type="button"
        className={button}
        onClick={onExportView}
        disabled={shown === 0 || !hydrated}
        data-testid="export-view"
      >
        <span aria-hidden>⤓</span> {t("exportView", { count: shown, n: formatNumber(shown, locale) })}
      </button>
      {"href" in exportAll ? (
        <a className={button} href={exportAll.href} download data-testid="export-all">
          <span aria-hidden>⤓</span> {t("exportAll", { count: total, n: formatNumber(total, locale) })}
        </a>
      ) : (
        <button
          type="button"
          className={button}
          onClick={exportAll.onClick}
          disabled={!hydrated}
          data-testid="export-all"
        >
          <span aria-hidden>⤓</span> {t("exportAll", { count: total, n: formatNumber(total, locale) })}
        </button>
      )}
      {excel && (
        <>
          {/* A link, not a button: a view with no rows still makes a file that says so (About names the view). */}
          <a className={button} href={excel.view} download data-testid="export-view-excel">
            <span aria-hidden>⤓</span>{" "}
            {t("exportViewExcel", { count: shown, n: formatNumber(shown, locale) })}
          </a>
          <a className={button} href={excel.all} download data-testid="export-all-excel">
            <span aria-hidden>⤓</span> {t("exportAllExcel", { count: total, n: formatNumber(total, locale) })}
          </a>
        </>
      )}
    </div>
  );
}
