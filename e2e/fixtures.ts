import { test as base, expect, type Locator } from "@playwright/test";

/** Every test fails if the page logs a console error or throws, except errors it says it expects. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" && !allowedConsoleErrors.some((re) => re.test(msg.text())))
          errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      // The addresses behind "Failed to load resource" console errors, named in the failure message.
      const failed: string[] = [];
      page.on("response", (res) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
      });
      await use(errors);
      expect(errors, `console errors on the page (failed loads: ${failed.join(", ") || "none"})`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A chart's drawing loads when it nears the viewport: bring it there and wait for the drawing. */
export async function expectDrawn(chart: Locator, name?: string) {
  // Retried: a view that is still arriving (after a filter change or Back) may replace the chart mid-scroll.
  await expect(async () => {
    await chart.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(chart.locator(".chart-drawing").first(), name).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}
