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
      await expect(charts.nth(i).locator(".recharts-surface").first()).toBeAttached();

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
