import { expect, expectDrawn, test } from "./fixtures";

for (const code of ["innovation", "foundations", "application", "governance", "talent"]) {
  test(`the ${code} direction page shows its aim, indicators and measures`, async ({ page }) => {
    await page.goto(`/en/directions/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    await expect(
      page.getByRole("navigation", { name: "Strategic directions" }).locator('a[aria-current="page"]'),
    ).toHaveAttribute("href", `/en/directions/${code}`);
    await expect(page.getByRole("heading", { name: "Indicators", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Measures and milestones", level: 2 })).toBeVisible();
    await expect(page.getByText("Set out in:")).toBeVisible();
  });
}

test("the application page charts the autonomous-driving fleet and lists milestones with status", async ({
  page,
}) => {
  await page.goto("/en/directions/application");
  await expectDrawn(page.getByTestId("series-ad-vehicles"));
  await expect(page.getByTestId("measure-list").getByText("Commercial pilot").first()).toBeVisible();
});

test("the innovation page lists the platforms as partly known", async ({ page }) => {
  await page.goto("/en/directions/innovation");
  await expect(page.getByTestId("entity-coverage").filter({ hasText: "of 24" })).toHaveText("17 of 24 named");
});

test.describe("unknown addresses", () => {
  // The browser reports the 404 document itself as a failed resource; that is the expected answer here.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("an unknown direction answers 404 with a way back", async ({ page }) => {
    const response = await page.goto("/en/directions/nonsense");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the overview" })).toBeVisible();
  });
});
