import { describe, expect, it } from "vitest";
import { placeLabels, plotBox, scale, textWidth, type LabelSpot } from "./chart-layout";

const plot = plotBox(400, 240, 40);
const box = (s: LabelSpot, text: string) => {
  const w = textWidth(text);
  const left = s.anchor === "start" ? s.x : s.anchor === "end" ? s.x - w : s.x - w / 2;
  return { left, right: left + w, top: s.y - 11, bottom: s.y + 3 };
};
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("chart layout", () => {
  it("maps a domain onto pixels linearly", () => {
    const s = scale([0, 100], [10, 210]);
    expect(s(0)).toBe(10);
    expect(s(50)).toBe(110);
    expect(s(100)).toBe(210);
  });

  it("estimates CJK text wider than Latin text of the same length", () => {
    expect(textWidth("2023년 3월")).toBeGreaterThan(textWidth("Mar 2023"));
    expect(textWidth("超过800")).toBeGreaterThan(textWidth("o800"));
  });

  it("puts the labels of two close points where they do not overlap", () => {
    const points = [
      { x: 200, y: 100, label: "775" },
      { x: 215, y: 98, label: "over 800" },
    ];
    const spots = placeLabels({ plot, width: 400, points, targets: [] }).points;
    const [a, b] = spots;
    if (!a || !b) throw new Error("no spots");
    expect(overlap(box(a, "775"), box(b, "over 800"))).toBe(false);
  });

  it("keeps a label near the right edge inside the chart", () => {
    const [spot] = placeLabels({
      plot,
      width: 400,
      points: [{ x: 390, y: 100, label: "about 900" }],
      targets: [],
    }).points;
    if (!spot) throw new Error("no spot");
    expect(box(spot, "about 900").right).toBeLessThanOrEqual(400);
  });

  it("keeps a point's label clear of the target label", () => {
    const targets = [{ x1: plot.left, x2: 380, y: 80, label: "Target: 300 billion yuan by 2025" }];
    const points = [{ x: 330, y: 80, label: "over 300 billion" }];
    const placed = placeLabels({ plot, width: 400, points, targets });
    const [t] = placed.targets;
    const [p] = placed.points;
    if (!t || !p) throw new Error("no spots");
    expect(overlap(box(t, targets[0]?.label ?? ""), box(p, "over 300 billion"))).toBe(false);
  });
});
