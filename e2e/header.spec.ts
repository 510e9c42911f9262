import { expect, test } from "./fixtures";

test("the header fits one row at 1280 px, in English as in Korean and Chinese", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ["/en", "/en/method", "/en/tables/indicators", "/ko", "/zh/sources"]) {
    await page.goto(path);
    const header = page.locator("header").first();
    const parts = [
      header.getByRole("link").first(),
      header.getByRole("navigation").first().getByRole("link").last(),
      header.getByTestId("search-open"),
      header.getByRole("navigation").last(),
      header.locator("button").last(),
    ];
    const centres: number[] = [];
    for (const part of parts) {
      const box = await part.boundingBox();
      expect(box, path).not.toBeNull();
      if (box) centres.push(box.y + box.height / 2);
    }
    // Brand, the last section of the navigation, search, languages and theme share one row.
    expect(Math.max(...centres) - Math.min(...centres), path).toBeLessThan(6);
    expect((await header.boundingBox())?.height ?? 0, path).toBeLessThan(72);
  }
});
