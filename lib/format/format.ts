import type { Locale, Unit } from "@/lib/domain/codes";
import type { IndicatorRecord, ObservationRecord } from "@/lib/domain/schema";
import { translator } from "@/lib/i18n/translator";
import { numberFormat } from "@/lib/format/intl-cache";
import { formatNumber, formatScaled } from "@/lib/format/numbers";

/** Units stored in a multiple of their base unit: the figure is shown in the reader's own scale words. */
const SCALE: Partial<Record<Unit, number>> = { "yuan-bn": 1e9, "km-m": 1e6, "parameter-bn": 1e9 };

/** Formats a chart axis or tooltip value in the unit's own scale (no unit word). */
export function formatAxisValue(value: number, unit: Unit, locale: Locale): string {
  const scale = SCALE[unit];
  return scale !== undefined ? formatScaled(value * scale, locale) : formatNumber(value, locale);
}

export interface FigureParts {
  /** The number as shown, with its qualifier ("over 40,000", "29%", "No. 1", "10 of 24"). */
  value: string;
  /** The unit word for that number ("firms", "개", "家"); empty where the value says it all. */
  unit: string;
  /** Both together, as one phrase. */
  text: string;
}

type Figure = Pick<ObservationRecord, "value" | "qualifier" | "denominator">;
type FigureKind = Pick<IndicatorRecord, "kind" | "unit">;

/** Formats one observation of an indicator for display, per locale. */
export function formatFigure(figure: Figure, indicator: FigureKind, locale: Locale): FigureParts {
  const t = translator(locale);
  const scale = SCALE[indicator.unit];
  let number: string;
  if (indicator.kind === "share") {
    number = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(figure.value / 100);
  } else if (scale !== undefined) {
    number = formatScaled(figure.value * scale, locale);
  } else {
    number = formatNumber(figure.value, locale);
  }
  if (indicator.kind === "rank") number = t("figure.rank", { number });
  if (indicator.kind === "ratio" && figure.denominator !== null) {
    number = t("figure.ratio", { number, total: formatNumber(figure.denominator, locale) });
  }
  const value = t(`figure.qualifier.${figure.qualifier}`, { number });
  if (
    indicator.kind === "share" ||
    indicator.kind === "rank" ||
    indicator.unit === "percent" ||
    indicator.unit === "rank"
  ) {
    return { value, unit: "", text: value };
  }
  const count = scale !== undefined ? 2 : figure.value;
  const unit = t(`units.${indicator.unit}`, { count });
  // "10 of 24 platforms"; in Korean and Chinese the counter word is already in the ratio ("24개 중 10개"),
  // so their text is the ratio alone and no unit stands beside it.
  if (indicator.kind === "ratio" && figure.denominator !== null) {
    const text = t("figure.ratioText", { value, unit });
    return { value, unit: text.trim() === value ? "" : unit, text };
  }
  return { value, unit, text: t("figure.withUnit", { value, unit }) };
}

/** The unit word alone, for column headers and CSV unit columns. */
export function unitLabel(unit: Unit, locale: Locale): string {
  return translator(locale)(`units.${unit}`, { count: 2 });
}

/**
 * The unit a raw value is in, for files and table columns that hold the number as stored: 250 of
 * "yuan-bn" is 250 billion yuan, so its unit reads "billion yuan", not "yuan".
 */
export function valueUnitLabel(unit: Unit, locale: Locale): string {
  const t = translator(locale);
  return unit === "yuan-bn" || unit === "km-m" || unit === "parameter-bn"
    ? t(`unitsRaw.${unit}`)
    : unitLabel(unit, locale);
}

/** Signed difference for "change since the previous observation". */
export function formatDelta(delta: number, indicator: FigureKind, locale: Locale): string {
  const scale = SCALE[indicator.unit];
  const magnitude = Math.abs(delta);
  const body =
    indicator.kind === "share"
      ? translator(locale)("figure.pp", { number: formatNumber(magnitude, locale, 1) })
      : scale !== undefined
        ? formatScaled(magnitude * scale, locale)
        : formatNumber(magnitude, locale);
  return `${delta > 0 ? "+" : delta < 0 ? "−" : "±"}${body}`;
}

export function formatPercent(pct: number, locale: Locale): string {
  const body = numberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(
    Math.abs(pct) / 100,
  );
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${body}`;
}

/** Growth a source reported for a figure: "+12% y/y, as reported" (never one we computed). */
export function formatReportedGrowth(pct: number, locale: Locale): string {
  return translator(locale)("progress.reportedGrowth", {
    sign: pct > 0 ? "+" : pct < 0 ? "−" : "±",
    pct: formatNumber(Math.abs(pct), locale, 1),
  });
}
