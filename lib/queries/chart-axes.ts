/**
 * Axes of a time chart, computed on the server: a time axis in milliseconds (each partial date sits at the
 * day it ends on, so gaps between points are in proportion to the time between them) and a value axis with
 * round steps. Labels are formatted in the reader's language.
 */
import type { Locale, Unit } from "@/lib/domain/codes";
import { endOf, precisionOf } from "@/lib/format/dates";
import { formatAxisValue } from "@/lib/format/format";
import { dateFormat } from "@/lib/format/intl-cache";

export interface Tick {
  value: number;
  label: string;
}

export interface TimeAxis {
  /** First and last instant shown, in ms since 1970 (UTC). */
  domain: [number, number];
  /** Labelled positions: the middle of each year, or the first day of every few months. */
  ticks: Tick[];
  /** Where vertical grid lines go: the boundaries between the labelled periods. */
  grid: number[];
}

export interface ValueAxis {
  domain: [number, number];
  ticks: Tick[];
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** The x position of a partial date: the last day it can mean ("2022" → 2022-12-31, "2022-03" → 2022-03-31). */
export function timeOf(date: string): number {
  return endOf(date).getTime();
}

function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** Labels each year in the middle of the part of it that is shown, with grid lines at 1 January. */
function yearTicks([lo, hi]: [number, number], locale: Locale): Omit<TimeAxis, "domain"> {
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 8));
  const format = dateFormat(locale, { year: "numeric", timeZone: "UTC" });
  const ticks: Tick[] = [];
  const grid: number[] = [];
  for (let year = first; year <= last; year++) {
    const start = yearStart(year);
    if (start > lo) grid.push(start);
    if ((year - first) % step !== 0) continue;
    const from = Math.max(lo, start);
    const to = Math.min(hi, yearStart(year + 1));
    // A sliver of a year at either edge gets no label of its own: it would crowd its neighbour.
    if (to - from < 0.35 * YEAR) continue;
    ticks.push({ value: (from + to) / 2, label: format.format(new Date(Date.UTC(year, 6, 1))) });
  }
  return { ticks, grid };
}

/** Labels the first day of every 1, 2, 3, 6 or 12 months, whichever leaves at most five labels. */
function monthTicks([lo, hi]: [number, number], locale: Locale): Omit<TimeAxis, "domain"> {
  const format = dateFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const months = (hi - lo) / (YEAR / 12);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 5) ?? 12;
  const start = new Date(lo);
  const ticks: Tick[] = [];
  for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1; ; m++) {
    const at = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (at > hi) break;
    if (m % step === 0) ticks.push({ value: at, label: format.format(new Date(at)) });
  }
  return { ticks, grid: ticks.map((t) => t.value) };
}

/**
 * The time axis for a chart's dates (its points and its targets' due dates). The domain covers at least a
 * year and leaves a margin at both ends so the first and last markers and labels are not cut off. Year
 * ticks when every date is a year or the span is long, year-month ticks when it is short.
 */
export function timeAxis(dates: readonly string[], locale: Locale): TimeAxis {
  const xs = dates.map(timeOf);
  let lo = xs.length > 0 ? Math.min(...xs) : Date.UTC(2020, 0, 1);
  let hi = xs.length > 0 ? Math.max(...xs) : lo;
  if (hi - lo < YEAR) {
    const mid = (lo + hi) / 2;
    lo = mid - YEAR / 2;
    hi = mid + YEAR / 2;
  }
  const pad = Math.max((hi - lo) * 0.07, 30 * DAY);
  const byYear = dates.every((d) => precisionOf(d) === "year") || hi - lo + 2 * pad >= 2.5 * YEAR;
  // On a year axis the first point's own year is shown for at least half a year, so that it gets a label:
  // a yearly figure sits on 31 December, at the very end of its year.
  const firstYear = new Date(lo).getUTCFullYear();
  const start = byYear ? Math.min(lo - pad, Date.UTC(firstYear, 6, 1)) : lo - pad;
  const domain: [number, number] = [Math.round(start), Math.round(hi + pad)];
  return { domain, ...(byYear ? yearTicks(domain, locale) : monthTicks(domain, locale)) };
}

/** 1, 2, 2.5 or 5 times a power of ten: the smallest such step that splits `span` into at most `parts`. */
export function niceStep(span: number, parts = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10;
  return factor * power;
}

/**
 * The value axis: from zero (or the lowest value, if negative) to a round step above the highest value,
 * leaving room above the top point for its label. Of the round steps giving three to six intervals, the
 * one that overshoots least (the finer one on a tie).
 */
export function valueAxis(values: readonly number[], unit: Unit, locale: Locale): ValueAxis {
  const lo = Math.min(0, ...values);
  const top = values.length > 0 ? Math.max(...values) : 1;
  const hi = top > lo ? lo + (top - lo) * 1.15 : lo + 1;
  const steps = [3, 4, 5, 6].map((parts) => niceStep(hi - lo, parts));
  const reach = (step: number) => Math.ceil(hi / step) * step - Math.floor(lo / step) * step;
  const step = steps.reduce((best, s) =>
    reach(s) < reach(best) || (reach(s) === reach(best) && s < best) ? s : best,
  );
  const first = Math.floor(lo / step);
  const last = Math.ceil(hi / step);
  const ticks: Tick[] = [];
  for (let i = first; i <= last; i++) {
    const value = Number((i * step).toPrecision(12));
    ticks.push({ value, label: formatAxisValue(value, unit, locale) });
  }
  const at = (i: number) => Number((i * step).toPrecision(12));
  return { domain: [at(first), at(last)], ticks };
}
