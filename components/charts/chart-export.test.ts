import { describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { chartedSeries, seriesChart } from "@/lib/queries/charts";
import { indicatorViews } from "@/lib/queries/indicators";
import { select } from "@/lib/queries/select";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { barsCsv, barsSvg, fileNameOf, seriesCsv, seriesSvg, wrap } from "./chart-export";
import { TEST_FRAME } from "./test-charts";

const ds = fixtureDataset();

const frame = TEST_FRAME;

describe("chart files", () => {
  const views = indicatorViews(select(ds, EMPTY_FILTER), "en").listed.filter((i) => i.id === "ad-vehicles");
  const [charted] = chartedSeries(views, "en", 2);
  if (!charted) throw new Error("no chart with two figures");

  it("draws the title, source line, as-of date and address into the SVG, escaped", () => {
    const svg = seriesSvg(charted.chart, frame);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<title>Robotaxi fleet &lt;test&gt; &amp; “quotes”</title>");
    expect(svg).toContain("Source: Pub A, 2024");
    expect(svg).toContain("Latest figure: 2025");
    expect(svg).toContain("https://tracker.example/en/directions/application#series");
    expect(svg).toMatch(/width="960"/);
    // One value label per figure drawn: the fixture's fleet has five, of three kinds.
    expect(charted.chart.points.map((p) => p.label)).toEqual(["about 10", "20", "30", "over 40", "about 50"]);
    for (const p of charted.chart.points) expect(svg).toContain(`>${p.label}</text>`);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it("writes exactly the figures the chart draws as CSV, with their pages", () => {
    const csv = seriesCsv(charted.chart, "https://tracker.example", "en");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Indicator [indicator],Date [date],Value [value],As shown [shown_as],Unit [unit],Kind of figure [qualifier]," +
        "Confidence [confidence],Source [source],Figure ID [observation_id],Page [page]",
    );
    expect(lines).toHaveLength(6);
    // Words a person reads, not codes: the kind of figure, the confidence and the publisher, in the
    // page's language; a source without a known publisher says so rather than leaving a blank.
    expect(lines.slice(1)).toEqual([
      "Vehicles,2022-03,10,about 10,vehicles,approximate (“about”),Medium confidence,Pub B,ad-vehicles-2022-03," +
        "https://tracker.example/en/figures/ad-vehicles-2022-03",
      "Vehicles,2023-03,20,20,vehicles,exact,Medium confidence,Pub B,ad-vehicles-2023-03," +
        "https://tracker.example/en/figures/ad-vehicles-2023-03",
      "Vehicles,2023-12,30,30,vehicles,exact,Secondary source,publisher not recorded,ad-vehicles-2023-12," +
        "https://tracker.example/en/figures/ad-vehicles-2023-12",
      "Vehicles,2024-04,40,over 40,vehicles,lower bound (“over”),High confidence,Pub A,ad-vehicles-2024-04," +
        "https://tracker.example/en/figures/ad-vehicles-2024-04",
      "Vehicles,2024-10,50,about 50,vehicles,approximate (“about”),Medium confidence,Pub B,ad-vehicles-2024-10," +
        "https://tracker.example/en/figures/ad-vehicles-2024-10",
    ]);
  });

  it("gives a scaled unit as the unit its raw values are in (250 billion yuan, not 250 yuan)", () => {
    const base = views[0];
    if (!base) throw new Error("no view");
    const money = seriesChart({ ...base, unit: "yuan-bn", unitLabel: "yuan" }, "en");
    expect(money.valueUnit).toBe("billion yuan");
    const zh = seriesChart({ ...base, unit: "yuan-bn", unitLabel: "元" }, "zh");
    expect(seriesCsv(zh, "https://tracker.example", "zh")).toContain(",十亿元,");
  });

  it("draws bar lists and their CSV", () => {
    const items = [
      { label: "Smart manufacturing", value: 3, display: "3" },
      { label: "智能营销", value: 1, display: "1" },
    ];
    const svg = barsSvg(items, frame);
    expect(svg).toContain(">智能营销</text>");
    expect(svg.match(/<rect /g)).toHaveLength(3); // the background and two bars
    expect(barsCsv(items)).toBe("\ufefflabel,value\r\nSmart manufacturing,3\r\n智能营销,1\r\n");
    // Text a spreadsheet would run as a formula is neutralised, as in every CSV of the site.
    expect(barsCsv([{ label: "=HYPERLINK(1)", value: 1, display: "1" }])).toContain("'=HYPERLINK(1)");
  });

  it("wraps long lines, CJK included, and names files in any script", () => {
    expect(wrap("a ".repeat(200), 300, 13).length).toBeLessThanOrEqual(3);
    expect(wrap("北京人工智能核心产业规模".repeat(10), 200, 13, 2)[1]?.endsWith("…")).toBe(true);
    expect(fileNameOf("北京 AI: 企业数量 (2022)", "png")).toBe("北京-AI-企业数量-2022.png");
    expect(fileNameOf("///", "svg")).toBe("chart.svg");
  });
});
