/** Dates in the data have year, month or day precision ("2022", "2022-10", "2022-10-31"). */
import { dateFormat } from "@/lib/format/intl-cache";

export type DatePrecision = "year" | "month" | "day";

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** The last day the partial date can mean, as a UTC Date: "2022" → 2022-12-31. */
export function endOf(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const year = y ?? 1970;
  if (m === undefined) return new Date(Date.UTC(year, 11, 31));
  if (d === undefined) return new Date(Date.UTC(year, m, 0));
  return new Date(Date.UTC(year, m - 1, d));
}

/** Orders partial dates by the day they end on ("2022" after "2022-10-31"); on a tie, the less precise first. */
export function compareDates(a: string, b: string): number {
  return endOf(a).getTime() - endOf(b).getTime() || a.length - b.length;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Formats a partial date at its own precision, in the reader's language. */
export function formatPartialDate(date: string, locale: string): string {
  const precision = precisionOf(date);
  const at = endOf(date);
  const options: Intl.DateTimeFormatOptions =
    precision === "year"
      ? { year: "numeric", timeZone: "UTC" }
      : precision === "month"
        ? { year: "numeric", month: "short", timeZone: "UTC" }
        : { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
  return dateFormat(locale, options).format(at);
}
