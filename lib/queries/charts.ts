/**
 * Chart data for one indicator: its points on a time axis, its targets as reference lines, the marks that
 * tell exact figures from bounds and approximations, and the numbers behind it as a table. Built on the
 * server into plain, serialisable data; the browser only draws it.
 */
import { valueUnitLabel } from "@/lib/format/format";
import type { Confidence, Locale, Qualifier } from "@/lib/domain/codes";
import type { Unbroken } from "@/lib/filter/filter";
import { compareDates, formatPartialDate } from "@/lib/format/dates";
import { translator } from "@/lib/i18n/translator";
import { seriesColor, type SeriesColor } from "@/lib/ui/series-colors";
import { timeAxis, timeOf, valueAxis, type TimeAxis, type ValueAxis } from "./chart-axes";
import { MARKS, type ChartMark, type PointShape } from "./chart-marks";
import type { TargetView } from "./targets";
import type { IndicatorView, ObservationView, SourceRef } from "./views";

export interface ChartPoint {
  /** The observation's id. */
  id: string;
  /** Milliseconds since 1970 (UTC) of the last day the figure's date can mean. */
  x: number;
  y: number;
  /** The figure as shown, with its qualifier ("over 800", "900여"). */
  label: string;
  dateText: string;
  qualifier: Qualifier;
  confidence: Confidence;
  shape: PointShape;
  /** Medium or secondary confidence: the segment leading to it is dashed and the marker ringed. */
  uncertain: boolean;
}

export interface TargetLine {
  id: string;
  /** The goal, in the series' values. */
  y: number;
  /** From the start of the axis to the due date (the end of the axis when no date is set). */
  x1: number;
  x2: number;
  due: string | null;
  /** "Target: 300 billion yuan by 2025". */
  label: string;
}

export interface NumbersRow {
  id: string;
  /** The figure's date as recorded ("2022", "2022-10"). */
  asOf: string;
  /** The date as the page shows it. */
  date: string;
  value: string;
  unit: string;
  qualifier: string;
  confidence: string;
  source: { id: string; publisher: string };
}

export interface NumbersTable {
  /** Column names in the reader's language; the last four head the chart's CSV only. */
  columns: Record<
    | "date"
    | "value"
    | "unit"
    | "qualifier"
    | "confidence"
    | "source"
    | "indicator"
    | "shownAs"
    | "id"
    | "page",
    string
  >;
  rows: NumbersRow[];
}

export interface SeriesChartData {
  /** The indicator's id: one chart, one series, one definition. */
  indicator: string;
  label: string;
  definition: string;
  unitLabel: string;
  /** The unit the raw values are in ("billion yuan" for 250 of yuan-bn), for files holding the numbers. */
  valueUnit: string;
  color: SeriesColor;
  points: ChartPoint[];
  targets: TargetLine[];
  /** Targets that cannot be drawn as a level of this series (growth rates), said in words. */
  notDrawn: string[];
  x: TimeAxis;
  y: ValueAxis;
  /** What each mark means, in the reader's language (the legend shows those the drawing uses). */
  markLabels: Record<ChartMark, string>;
  ariaLabel: string;
  table: NumbersTable;
}

export function shapeOf(qualifier: Qualifier): PointShape {
  return qualifier === "over" || qualifier === "under"
    ? "bound"
    : qualifier === "about"
      ? "approximate"
      : "exact";
}

function pointOf(o: ObservationView, locale: Locale): ChartPoint {
  return {
    id: o.id,
    x: timeOf(o.asOf),
    y: o.value,
    label: o.display.value,
    dateText: formatPartialDate(o.asOf, locale),
    qualifier: o.qualifier,
    confidence: o.confidence,
    shape: shapeOf(o.qualifier),
    uncertain: o.confidence !== "high",
  };
}

/** A level target as a line at its goal up to its due date; a growth target is a rate and is not drawn. */
function targetLine(t: TargetView, x: TimeAxis, locale: Locale): TargetLine | null {
  if (t.kind === "growth") return null;
  const tr = translator(locale);
  return {
    id: t.id,
    y: t.progress.goal,
    x1: x.domain[0],
    x2: t.due ? timeOf(t.due) : x.domain[1],
    due: t.due,
    label: t.due
      ? tr("charts.targetBy", { target: t.targetText, date: formatPartialDate(t.due, locale) })
      : tr("charts.targetNoDate", { target: t.targetText }),
  };
}

function numbersTable(ind: IndicatorView, observations: ObservationView[], locale: Locale): NumbersTable {
  const tr = translator(locale);
  return {
    columns: {
      date: tr("charts.columns.date"),
      value: tr("charts.columns.value"),
      unit: tr("charts.columns.unit"),
      qualifier: tr("charts.columns.qualifier"),
      confidence: tr("charts.columns.confidence"),
      source: tr("charts.columns.source"),
      indicator: tr("charts.columns.indicator"),
      shownAs: tr("charts.columns.shownAs"),
      id: tr("charts.columns.id"),
      page: tr("charts.columns.page"),
    },
    rows: observations.map((o) => ({
      id: o.id,
      asOf: o.asOf,
      date: formatPartialDate(o.asOf, locale),
      value: o.display.value,
      unit: o.display.unit || ind.unitLabel,
      qualifier: tr(`charts.qualifier.${o.qualifier}`),
      confidence: tr(`confidence.${o.confidence}`),
      source: { id: o.source.id, publisher: o.source.publisher ?? tr("source.publisherNotRecorded") },
    })),
  };
}

/** The chart of one indicator. Only this indicator's own figures and targets are drawn. */
export function seriesChart(ind: IndicatorView, locale: Locale): SeriesChartData {
  const tr = translator(locale);
  const observations = ind.observations
    .filter((o) => o.indicator === ind.id)
    .sort((a, b) => compareDates(a.asOf, b.asOf));
  const points = observations.map((o) => pointOf(o, locale));
  const own = ind.targets.filter((t) => t.indicator.id === ind.id);
  const drawable = own.filter((t) => t.kind !== "growth");
  const x = timeAxis([...observations.map((o) => o.asOf), ...drawable.flatMap((t) => t.due ?? [])], locale);
  const targets = own.flatMap((t) => targetLine(t, x, locale) ?? []);
  const y = valueAxis([...points.map((p) => p.y), ...targets.map((t) => t.y)], ind.unit, locale);
  const first = points[0];
  const last = points.at(-1);
  const aria = tr("charts.aria", {
    series: ind.label,
    unit: ind.unitLabel,
    count: points.length,
    from: first?.dateText ?? "",
    to: last?.dateText ?? "",
  });
  return {
    indicator: ind.id,
    label: ind.label,
    definition: ind.definition,
    unitLabel: ind.unitLabel,
    valueUnit: valueUnitLabel(ind.unit, locale),
    color: seriesColor(ind.id),
    points,
    targets,
    notDrawn: own
      .filter((t) => t.kind === "growth")
      .map((t) =>
        tr("charts.rateNotDrawn", {
          target: t.targetText,
          due: t.due ? formatPartialDate(t.due, locale) : tr("progress.noDue"),
        }),
      ),
    x,
    y,
    markLabels: Object.fromEntries(MARKS.map((m) => [m, tr(`charts.legend.${m}`)])) as Record<
      ChartMark,
      string
    >,
    ariaLabel: [aria, ...targets.map((t) => `${t.label}.`)].join(" "),
    table: numbersTable(ind, observations, locale),
  };
}

/** A chart with what the page shows around it: the sources of its points, and why a filter left it whole. */
export interface ChartedSeries {
  chart: SeriesChartData;
  /** Each source behind the points once, in the order first used. */
  sources: SourceRef[];
  unbroken: Unbroken;
}

/** One chart per indicator that has at least `minPoints` figures, in the order given. */
export function chartedSeries(
  indicators: readonly IndicatorView[],
  locale: Locale,
  minPoints = 1,
): ChartedSeries[] {
  return indicators
    .filter((i) => i.observations.length >= minPoints)
    .map((i) => ({
      chart: seriesChart(i, locale),
      sources: [...new Map(i.observations.map((o) => [o.source.id, o.source])).values()],
      unbroken: i.unbroken,
    }));
}
