import { expect, test } from "./fixtures";

for (const path of ["/en", "/en/directions/application", "/en/figures/core-ai-firms-2022-10"]) {
  test(`printing ${path} gives a brief: no navigation or controls, sources and the address on paper`, async ({
    page,
  }, info) => {
    await page.goto(`${path}${path === "/en" ? "?district=haidian" : ""}`);
    // The Print button draws every chart first, then opens the print dialog (recorded here).
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await page.getByTestId("print").click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
    const charts = page.locator('[role="img"][data-indicator]');
    for (let i = 0; i < (await charts.count()); i++)
      await expect(charts.nth(i).locator(".chart-drawing").first()).toBeAttached();

    await expect(page.getByTestId("print-sources")).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Language" })).toBeHidden();
    await expect(page.getByTestId("print")).toBeHidden();
    await expect(page.getByTestId("live-data")).toBeHidden();
    const sources = page.getByTestId("print-sources");
    await expect(sources).toBeVisible();
    await expect(sources.locator("li").first()).toBeVisible();
    await expect(page.getByTestId("print-url")).toContainText(`http://127.0.0.1`);
    await expect(page.getByTestId("data-version")).toBeVisible();
    if (path === "/en") {
      // The active filter is on paper (as text), its controls are not.
      await expect(page.getByTestId("filter-district")).toBeHidden();
      await expect(page.getByTestId("filter-chips")).toContainText("District: Haidian District");
      await expect(page.getByTestId("print-url")).toContainText("district=haidian");
    }
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    await info.attach(`${path.replaceAll("/", "_")}.pdf`, { body: pdf, contentType: "application/pdf" });
  });
}

test("on paper the overview's three output charts each fit their place: none overlaps another or runs off the page", async ({
  page,
}) => {
  await page.goto("/en");
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  // The Print button draws every chart first (at their width on screen).
  await expect(async () => {
    await page.getByTestId("print").click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "yes", { timeout: 10_000 });
  }).toPass();
  // The layout on paper, measured by the page itself while Chromium lays it out for printing.
  await page.evaluate(() => {
    const printed = matchMedia("print");
    printed.addEventListener("change", () => {
      if (!printed.matches) return;
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
      };
      const charts = [...document.querySelectorAll('li[data-testid^="series-"]')].map((li) => ({
        cell: box(li),
        drawing: box(li.querySelector(".chart-drawing")),
      }));
      document.body.dataset.paper = JSON.stringify({ width: document.documentElement.clientWidth, charts });
    });
  });
  await page.pdf({ format: "A4" });
  const paper: {
    width: number;
    charts: { cell: Box; drawing: Box | null }[];
  } = JSON.parse((await page.locator("body").getAttribute("data-paper")) ?? "{}");
  type Box = { left: number; right: number; top: number; bottom: number };
  expect(paper.charts).toHaveLength(3);
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const [i, { cell, drawing }] of paper.charts.entries()) {
    expect(drawing, `chart ${i} is drawn`).not.toBeNull();
    if (!drawing) continue;
    expect(drawing.right, `chart ${i} stays in its place`).toBeLessThanOrEqual(cell.right + 1);
    expect(drawing.left).toBeGreaterThanOrEqual(cell.left - 1);
    expect(drawing.right, `chart ${i} stays on the page`).toBeLessThanOrEqual(paper.width + 1);
    for (const other of paper.charts.slice(i + 1))
      if (other.drawing) expect(overlap(drawing, other.drawing), `charts overlap`).toBe(false);
  }
});
