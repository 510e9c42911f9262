import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/codes";
import { formatNumber } from "./numbers";

describe("formatNumber", () => {
  it("writes every whole number under a thousand exactly as Intl does, in each language", () => {
    for (const locale of LOCALES)
      for (let n = -999; n <= 999; n++) {
        expect(formatNumber(n, locale)).toBe(new Intl.NumberFormat(locale).format(n));
        expect(formatNumber(n, locale, 0)).toBe(
          new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n),
        );
      }
  });

  it("leaves larger and fractional numbers to the locale's own format", () => {
    expect(formatNumber(1048, "en")).toBe("1,048");
    expect(formatNumber(21.944, "en")).toBe("21.94");
    expect(formatNumber(-0.5, "ko")).toBe("-0.5");
    // A change rounded to nothing from below stays as Intl writes it.
    for (const locale of LOCALES)
      expect(formatNumber(-0, locale)).toBe(new Intl.NumberFormat(locale).format(-0));
  });
});
