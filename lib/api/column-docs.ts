/**
 * What each column of a file means and its unit, in the reader's language: the data package's field
 * descriptions and the spreadsheet's About sheet say the same, from the `columns` and `columnHelp`
 * messages.
 */
import type { Locale, Unit } from "@/lib/domain/codes";
import { unitLabel } from "@/lib/format/format";
import { translator } from "@/lib/i18n/translator";
import { isColumnId, LIST_SEPARATOR, type ColumnSpec } from "@/lib/tables/columns";

export interface ColumnDoc {
  code: string;
  label: string;
  help: string;
  /** The unit of the column's values, or "" when they have none (codes, names, links). */
  unit: string;
}

/** Columns in percent, counts, and figures in the unit their row names. */
const PERCENT = new Set(["change_pct", "reported_growth_pct", "progress", "pace_needed", "pace_achieved"]);
const COUNT = new Set(["observations", "supports", "targets", "measures"]);
const IN_ROW_UNIT = new Set(["value", "change", "denominator", "baseline", "latest", "target", "target_max"]);

/**
 * The column's label, meaning and unit. `units` are the units the rows' figures are in: when there is
 * only one, a figure column names it; otherwise it points to the unit column.
 */
export function columnDoc(c: ColumnSpec, locale: Locale, units: readonly Unit[] = []): ColumnDoc {
  const t = translator(locale);
  if (!isColumnId(c.id)) return { code: c.id, label: c.id, help: "", unit: "" };
  const help = t(`columnHelp.${c.id}`);
  const only = units.length === 1 ? units[0] : undefined;
  const unit = PERCENT.has(c.id)
    ? "%"
    : COUNT.has(c.id)
      ? t("spreadsheet.unitCount")
      : IN_ROW_UNIT.has(c.id)
        ? only
          ? `${unitLabel(only, locale)} (${only})`
          : t("spreadsheet.unitOfRow")
        : c.type === "date"
          ? t("spreadsheet.unitDate")
          : "";
  return {
    code: c.id,
    label: t(`columns.${c.id}`),
    help: c.list ? `${help} ${t("spreadsheet.listNote", { separator: LIST_SEPARATOR })}` : help,
    unit,
  };
}
