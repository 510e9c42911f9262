import { describe, expect, it } from "vitest";
import { formatDelta, formatFigure, unitLabel } from "./format";

const count = { kind: "count", unit: "enterprise" } as const;
const exact = (value: number) => ({ value, qualifier: "exact" as const, denominator: null });

describe("formatFigure", () => {
  it("writes counts with the locale's grouping and counter word", () => {
    // The issue's own example: 1,048 / 1,048개 / 1,048家.
    expect(formatFigure(exact(1048), count, "en").text).toBe("1,048 firms");
    expect(formatFigure(exact(1048), count, "ko").text.replace(/\s/g, "")).toBe("1,048개");
    expect(formatFigure(exact(1048), count, "zh").text).toBe("1,048家");
  });

  it("keeps a lower bound visible: 'over 40,000' is not 40,000", () => {
    const staff = { value: 40000, qualifier: "over" as const, denominator: null };
    expect(formatFigure(staff, { kind: "count", unit: "person" }, "en").value).toBe("over 40,000");
    expect(formatFigure(staff, { kind: "count", unit: "person" }, "ko").value).toBe("40,000 이상");
    expect(formatFigure(staff, { kind: "count", unit: "person" }, "zh").value).toBe("超过40,000");
  });

  it("shows shares as percentages, ranks as places and ratios as 'x of y'", () => {
    expect(formatFigure(exact(29), { kind: "share", unit: "percent" }, "en").text).toBe("29%");
    expect(formatFigure(exact(1), { kind: "rank", unit: "rank" }, "ko").text).toBe("1위");
    expect(
      formatFigure(
        { value: 10, qualifier: "exact", denominator: 24 },
        { kind: "ratio", unit: "platform" },
        "en",
      ).value,
    ).toBe("10 of 24");
  });

  it("writes '10 of 24' in each language's own way, without a doubled counter word", () => {
    const ratio = { value: 10, qualifier: "exact", denominator: 24 } as const;
    const platforms = { kind: "ratio", unit: "platform" } as const;
    expect(formatFigure(ratio, platforms, "en").text).toBe("10 of 24 platforms");
    expect(formatFigure(ratio, platforms, "ko").text).toBe("24개 중 10개");
    expect(formatFigure(ratio, platforms, "zh").text).toBe("24家中有10家");
  });

  it("writes a lower bound in Korean as '… 이상', not '…여'", () => {
    // "여" means "about"; "over 2,400" is a lower bound.
    expect(
      formatFigure(
        { value: 2400, qualifier: "over", denominator: null },
        { kind: "count", unit: "enterprise" },
        "ko",
      ).value,
    ).toBe("2,400 이상");
  });

  it("converts billions to the reader's own scale words (억 / 亿)", () => {
    // 186 bn yuan is 1,860억 위안 in Korean and 1,860亿元 in Chinese.
    const money = { kind: "money", unit: "yuan-bn" } as const;
    expect(formatFigure(exact(186), money, "en").text).toBe("186 billion yuan");
    expect(formatFigure(exact(186), money, "ko").value).toBe("1860억");
    expect(formatFigure(exact(186), money, "zh").value).toBe("1860亿");
  });

  it("has a unit label for the CSV unit column", () => {
    expect(unitLabel("vehicle", "en")).toBe("vehicles");
  });
});

describe("formatDelta", () => {
  it("signs changes and writes share changes in percentage points", () => {
    expect(formatDelta(152, count, "en")).toBe("+152");
    expect(formatDelta(-3, count, "en")).toBe("−3");
    expect(formatDelta(2, { kind: "share", unit: "percent" }, "en")).toBe("+2 pp");
  });
});
