import { describe, expect, it } from "vitest";
import { compareDates, formatPartialDate, precisionOf } from "./dates";

describe("partial dates", () => {
  it("orders a bare year after any day inside it, since it covers the whole year", () => {
    expect(["2022", "2022-10-31", "2021-11", "2022-10"].sort(compareDates)).toEqual([
      "2021-11",
      "2022-10",
      "2022-10-31",
      "2022",
    ]);
  });

  it("formats each date at its own precision, per locale", () => {
    // A figure "as of 2022" must not be shown as 31 December 2022.
    expect(precisionOf("2022")).toBe("year");
    expect(formatPartialDate("2022", "en")).toBe("2022");
    expect(formatPartialDate("2022-10-31", "en")).toBe("Oct 31, 2022");
    expect(formatPartialDate("2022-10-31", "ko")).toBe("2022년 10월 31일");
    expect(formatPartialDate("2022-10", "zh")).toBe("2022年10月");
  });
});
