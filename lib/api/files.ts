/**
 * A table's file for a request. The CSV (both flavours) and the spreadsheet are written from the same
 * columns, headers and cells (`tableFile`), so for the same address they hold the same rows and columns;
 * the spreadsheet adds what a reader needs beside them (lib/api/xlsx.ts).
 */
import type { Dataset } from "@/lib/data/types";
import { isOneOf, UNITS, type Locale, type Unit } from "@/lib/domain/codes";
import type { SourceRecord } from "@/lib/domain/schema";
import { activeDimensions, FILTER_FIELD, valuesOf, type FilterDimension } from "@/lib/filter/filter";
import { getFilterOptions } from "@/lib/filter/options";
import { viewQuery, type ViewState } from "@/lib/filter/search-params";
import { headerLabel, toCsv, type CsvFlavour } from "@/lib/format/csv";
import { translator } from "@/lib/i18n/translator";
import { TABLES, isColumnId, type CellValue, type ColumnSpec, type TableId } from "@/lib/tables/columns";
import type { TableRow } from "@/lib/tables/row";
import { fileGrid } from "@/lib/tables/readable";
import { siteOrigin } from "@/lib/ui/site";
import { columnDoc } from "./column-docs";
import type { XlsxColumn, XlsxInput } from "./xlsx";

export interface FileTable {
  columns: readonly ColumnSpec[];
  header: string[];
  cells: CellValue[][];
}

/**
 * The columns (all, or all but `hidden`, in the table's order), the header (column codes, or
 * "Label [code]" in the reader's language) and each row's cells.
 */
export function tableFile<T extends TableId>(
  table: T,
  rows: readonly TableRow<T>[],
  locale: Locale,
  headers: "codes" | "labels",
  hidden: readonly string[] | null = null,
): FileTable {
  const all: readonly ColumnSpec[] = TABLES[table].columns;
  const columns = hidden ? all.filter((c) => !hidden.includes(c.id)) : all;
  const t = translator(locale);
  const label = (id: string) => (isColumnId(id) ? t(`columns.${id}`) : id);
  return {
    columns,
    // A file for people (labelled headers) says what the page says; codes stay in the machine CSV.
    ...fileGrid(rows, columns, headers === "labels" ? label : null),
  };
}

/**
 * A table's rows as CSV, values as the rows hold them. Machine flavour: headed by the column codes.
 * People's flavour (`?for=excel`): headed "Label [code]" in the reader's language, as the page exports.
 */
export function rowsCsv<T extends TableId>(
  table: T,
  rows: readonly TableRow<T>[],
  flavour: CsvFlavour = "machine",
  locale: Locale = "en",
  headers: "codes" | "labels" = flavour === "people" ? "labels" : "codes",
  hidden: readonly string[] | null = null,
): string {
  const file = tableFile(table, rows, locale, headers, hidden);
  return toCsv(file.header, file.cells, flavour);
}

/** The kind of cell a column's values make in a spreadsheet. */
function cellKind(c: ColumnSpec): XlsxColumn["kind"] {
  if (c.list) return "text";
  if (c.type === "number" || c.type === "share") return "number";
  return c.type === "date" ? "date" : c.type === "url" ? "url" : "text";
}

/** The view in words: each filter with its labels, the search, the sort and the columns left out. */
export function viewInWords(
  ds: Dataset,
  view: ViewState,
  dims: readonly FilterDimension[],
  locale: Locale,
): string {
  const t = translator(locale);
  const options = getFilterOptions(ds, locale);
  const label = (id: string) => (isColumnId(id) ? t(`columns.${id}`) : id);
  const parts = activeDimensions(view.filter, dims).map((dim) => {
    const names = valuesOf(view.filter, dim).map(
      (v) => options[FILTER_FIELD[dim]].find((o) => o.value === v)?.label ?? v,
    );
    return `${t(`filters.dimension.${dim}`)}: ${names.join(", ")}`;
  });
  const q = view.filter.q.trim();
  if (q) parts.push(`${t("spreadsheet.search")}: “${q}”`);
  if (view.sort.length)
    parts.push(
      `${t("spreadsheet.sort")}: ${view.sort.map((k) => `${label(k.id)} ${k.desc ? "↓" : "↑"}`).join(", ")}`,
    );
  if (view.hidden?.length) parts.push(`${t("spreadsheet.hidden")}: ${view.hidden.map(label).join(", ")}`);
  return parts.length ? parts.join(" · ") : t("spreadsheet.noFilter");
}

/** Every source the rows cite, in the order they are first cited (the sources table: its own rows). */
export function citedSources<T extends TableId>(
  ds: Dataset,
  table: T,
  rows: readonly TableRow<T>[],
): SourceRecord[] {
  const refs = TABLES[table].columns.filter((c: ColumnSpec) => c.ref === "sources").map((c) => c.id);
  const ids = new Set<string>();
  for (const row of rows) {
    const values: Readonly<Record<string, CellValue>> = row.values;
    if (table === "sources") ids.add(row.id);
    for (const id of refs) [values[id] ?? []].flat().forEach((v) => typeof v === "string" && ids.add(v));
  }
  return [...ids].flatMap((id) => ds.index.source.get(id) ?? []);
}

/** A list's spreadsheet, before the facts every spreadsheet states. */
export interface ListSheet {
  sheet: string;
  columns: XlsxColumn[];
  rows: CellValue[][];
  /** The view in words (filters, search, sort, columns left out). */
  view: string;
  /** Rows in the file, rows the view leaves, rows of the whole list. */
  shown: number;
  selected: number;
  total: number;
  units?: readonly Unit[];
  sources: SourceRecord[];
  /** The API address asked for (path and query), and the page that shows the same view, if any. */
  address: string;
  page?: string;
}

/** A list's spreadsheet with its About facts: view, rows, dataset version, dates, addresses. */
export function xlsxInput(ds: Dataset, locale: Locale, day: string, s: ListSheet): XlsxInput {
  const t = translator(locale);
  return {
    locale,
    sheet: s.sheet,
    title: `${s.sheet} — ${t("meta.title")}`,
    columns: s.columns,
    rows: s.rows,
    about: [
      [t("spreadsheet.view"), s.view],
      [
        t("spreadsheet.rows"),
        t("spreadsheet.rowsOf", { shown: s.shown, selected: s.selected, total: s.total }),
      ],
      [t("spreadsheet.version"), ds.version],
      [t("spreadsheet.dataChanged"), ds.updatedAt.slice(0, 10)],
      [t("spreadsheet.made"), day],
      [t("spreadsheet.address"), `${siteOrigin()}${s.address}`],
      ...(s.page ? [[t("spreadsheet.page"), `${siteOrigin()}${s.page}`] satisfies [string, string]] : []),
    ],
    units: s.units ?? [],
    sources: s.sources,
    day,
  };
}

export interface TableXlsxRequest<T extends TableId> {
  ds: Dataset;
  table: T;
  locale: Locale;
  view: ViewState;
  /** The rows in the file, and how many the filter leaves and the table holds. */
  rows: readonly TableRow<T>[];
  selected: number;
  total: number;
  /** The API address asked for (path and query). */
  address: string;
  day: string;
}

/** What the spreadsheet of a table's list holds, from the same file table as its CSV. */
export function tableXlsxInput<T extends TableId>(r: TableXlsxRequest<T>): XlsxInput {
  const t = translator(r.locale);
  const file = tableFile(r.table, r.rows, r.locale, "labels", r.view.hidden);
  const units = new Set<Unit>();
  for (const row of r.rows) {
    const values: Readonly<Record<string, CellValue>> = row.values;
    const unit = values.unit;
    if (typeof unit === "string" && isOneOf(UNITS, unit)) units.add(unit);
  }
  const unitList = UNITS.filter((u) => units.has(u));
  const table: TableId = r.table;
  // The page of the same view: the file's columns are all of them unless hide said otherwise.
  const query = viewQuery({ ...r.view, hidden: r.view.hidden ?? [] });
  return xlsxInput(r.ds, r.locale, r.day, {
    sheet: t(`table.names.${table}`),
    columns: file.columns.map((c, i) => ({
      ...columnDoc(c, r.locale, unitList),
      header: file.header[i] ?? c.id,
      kind: cellKind(c),
    })),
    rows: file.cells,
    view: viewInWords(r.ds, r.view, TABLES[r.table].dimensions, r.locale),
    shown: r.rows.length,
    selected: r.selected,
    total: r.total,
    units: unitList,
    sources: citedSources(r.ds, r.table, r.rows),
    address: r.address,
    page: `/${r.locale}/tables/${table}${query ? `?${query}` : ""}`,
  });
}

/** A spreadsheet column of a list that is not a table (its label and meaning from `messages`). */
export function listColumn(
  code: string,
  label: string,
  help: string,
  kind: XlsxColumn["kind"] = "text",
): XlsxColumn {
  return { code, label, help, unit: "", header: headerLabel(label, code), kind };
}
