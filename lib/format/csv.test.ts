import { describe, expect, it } from "vitest";
import { BOM, csvField, exportFileName, headerLabel, toCsv } from "./csv";

describe("csvField", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("plain")).toBe("plain");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    // A figure label like "=HYPERLINK(...)" must open as text, not run.
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+SUM(A1)")).toBe("'+SUM(A1)");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it("neutralises formulas hidden behind blanks, invisible characters, fullwidth signs and separators", () => {
    for (const risky of [
      " =1+1",
      "\u00a0=1+1",
      "\u200b=1+1",
      "\ufeff=1+1",
      "＝1+1",
      "a|=cmd",
      "a;=cmd",
      "x; -1",
    ])
      expect(csvField(risky).replace(/^"/, "").startsWith("'"), JSON.stringify(risky)).toBe(true);
    expect(csvField("plain text; no formula")).toBe("plain text; no formula");
  });

  it("writes a list column's values into one cell, joined with the documented separator", () => {
    // pandas or R split on "; " to get the values back; a list is never a second row or column.
    expect(csvField(["https://a.example/x", "https://b.example/y"], "machine")).toBe(
      "https://a.example/x; https://b.example/y",
    );
    expect(csvField(["Haidian"], "machine")).toBe("Haidian");
    expect(csvField([], "machine")).toBe("");
    expect(csvField(["a, b", "c"], "machine")).toBe('"a, b; c"');
  });

  it("leaves text untouched in the machine flavour", () => {
    // A machine reader must not get "'-5% year on year" for "-5% year on year".
    expect(csvField("-5% year on year", "machine")).toBe("-5% year on year");
    expect(csvField("=1+1", "machine")).toBe("=1+1");
  });

  it("leaves numbers raw, negative ones included", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(1048)).toBe("1048");
    expect(csvField(0)).toBe("0");
  });

  it("writes empty values as empty fields", () => {
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("keeps Chinese and Korean text as it is", () => {
    expect(csvField("北京经济技术开发区")).toBe("北京经济技术开发区");
    expect(csvField("하이뎬구, 차오양구")).toBe('"하이뎬구, 차오양구"');
  });
});

describe("toCsv", () => {
  it("starts the people's flavour with a BOM and ends every line with CRLF", () => {
    const csv = toCsv([headerLabel("Value", "value")], [[1], [null]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe("Value [value]\r\n1\r\n\r\n");
  });

  it("writes the machine flavour without a BOM", () => {
    expect(toCsv(["value"], [[1]], "machine")).toBe("value\r\n1\r\n");
  });
});

describe("exportFileName", () => {
  it("says what the file holds: table, filters, date", () => {
    expect(exportFileName("indicators", "district-haidian", "csv", new Date("2026-11-24T10:00:00Z"))).toBe(
      "beijing-ai-indicators_district-haidian_2026-11-24.csv",
    );
    expect(exportFileName("sources", "", "xlsx", new Date("2026-11-24T10:00:00Z"))).toBe(
      "beijing-ai-sources_2026-11-24.xlsx",
    );
  });
});
