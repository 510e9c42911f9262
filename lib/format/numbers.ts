import type { Locale } from "@/lib/domain/codes";
import { numberFormat } from "@/lib/format/intl-cache";

// Numbers alone, without message catalogs, for server and client code alike: a client component that
// imported format.ts (which words figures with the catalogs) would bring a catalog into the browser's code.

/** A plain number in the reader's locale: 1,048 / 21.94. */
export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  // A whole number under a thousand reads the same in every language the tracker speaks (Latin digits, no
  // separator). Written directly, a table's row count needs no Intl object while the page hydrates: the
  // browser's first one costs a phone tens of milliseconds.
  // (Not −0, which Intl writes "-0" and String writes "0".)
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.is(value, -0)) return String(value);
  return numberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** A large amount with the locale's own scale words: 186 billion / 1860억 / 1860亿. */
export function formatScaled(value: number, locale: Locale): string {
  return numberFormat(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 2,
  }).format(value);
}
