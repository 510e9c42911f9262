/** A breakdown downloads as the ring the page draws: the same slices, colours, order and legend. */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { PALETTE } from "@/components/ui/palette";
import { BreakdownChart } from "./breakdown-chart";
import { donutSvg } from "./chart-export";
import { TEST_FRAME, englishMarkup } from "./test-charts";

const items = [
  { name: "Computer vision", value: 4 },
  { name: "Agriculture", value: 1 },
  { name: "Nothing yet", value: 0 },
  { name: "智能营销", value: 2 },
];

const paths = (svg: string) => [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]);
const colourIndex = (svg: string, attr: "class" | "fill", key: "fill" | "hex") =>
  [...svg.matchAll(new RegExp(`<path d="[^"]+" ${attr}="([^" ]+)`, "g"))].map((m) =>
    PALETTE.findIndex((p) => p[key] === m[1]),
  );
const words = (html: string) => html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "");

describe("a breakdown's file", () => {
  const page = englishMarkup(createElement(BreakdownChart, { items, label: "Platforms by sector" }));
  const file = donutSvg(
    items.map((i) => ({ label: i.name, value: i.value, display: String(i.value) })),
    TEST_FRAME,
  );

  it("draws the page's slices in the page's colours and order", () => {
    expect(paths(page)).toHaveLength(3);
    expect(paths(file)).toEqual(paths(page));
    const onPage = colourIndex(page, "class", "fill");
    expect(onPage).toEqual([0, 1, 3]);
    expect(colourIndex(file, "fill", "hex")).toEqual(onPage);
  });

  it("lists every part with its count, as the page's legend does", () => {
    const pageLegend = [...page.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => words(m[1] ?? ""));
    const fileLegend = [...file.matchAll(/<g data-part="\d+">(.*?)<\/g>/g)].map((m) => words(m[1] ?? ""));
    expect(pageLegend).toEqual(["Computer vision (4)", "Agriculture (1)", "Nothing yet (0)", "智能营销 (2)"]);
    expect(fileLegend).toEqual(pageLegend);
  });
});
