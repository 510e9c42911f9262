import { describe, expect, it } from "vitest";
import { formatPartialDate } from "./dates";
import { formatNumber } from "./numbers";
import { numberFormat } from "./intl-cache";

describe("intl-cache", () => {
  it("builds one formatter per locale and options, and keeps locales apart", () => {
    expect(numberFormat("en", { maximumFractionDigits: 2 })).toBe(
      numberFormat("en", { maximumFractionDigits: 2 }),
    );
    expect(numberFormat("en", { maximumFractionDigits: 2 })).not.toBe(
      numberFormat("en", { maximumFractionDigits: 1 }),
    );
    // A cached formatter must not leak one reader's language into another's.
    expect(formatNumber(1048.5, "en")).toBe("1,048.5");
    expect(formatNumber(1048.5, "ko")).toBe("1,048.5");
    expect(formatPartialDate("2022-10", "en")).toBe("Oct 2022");
    expect(formatPartialDate("2022-10", "zh")).toBe("2022年10月");
  });
});
