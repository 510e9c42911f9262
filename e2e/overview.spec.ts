import { expect, expectDrawn, test } from "./fixtures";

// Every headline figure of the founding white paper, as a reader sees it in English.
const HEADLINE: [string, RegExp][] = [
  ["core-ai-firms", /^1,048$/],
  ["national-share", /^29%$/],
  ["ai-firms-rank", /^No\. 1$/],
  ["miit-projects", /^37$/],
  ["open-platforms", /^10 of 24$/],
  ["smart-factories", /^36$/],
  ["digital-workshops", /^47$/],
  ["core-tech-staff", /^over 40,000$/],
  ["open-datasets", /^15,880$/],
];

test("the overview shows every headline figure with unit, date and source", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where Beijing's AI policy stands");
  for (const [id, value] of HEADLINE) {
    const card = page.getByTestId(`kpi-${id}`);
    await expect(card.getByTestId("kpi-value"), id).toHaveText(value);
    await expect(card.getByText(/^As of/), id).toBeVisible();
    // The original document first: the white paper, known through the reports that carried it.
    await expect(card.getByTestId("kpi-source").locator("[data-source-id]").first(), id).toHaveAttribute(
      "data-source-id",
      "bjeit-white-paper-2022",
    );
    await expect(card.getByTestId("kpi-source"), id).toContainText("as reported by");
  }
  // Where the fact sheet gives a report a reader can open, the card links to it (a new tab).
  for (const id of ["core-ai-firms", "miit-projects", "core-tech-staff", "open-datasets"]) {
    const report = page.getByTestId(`kpi-${id}`).getByTestId("kpi-source").locator("a[data-report-id]");
    await expect(report, id).toHaveAttribute("href", /^https:\/\/[^/]+\/.+/);
    await expect(report, id).toHaveAttribute("target", "_blank");
  }
  await expect(page.getByTestId("kpi-miit-projects").getByTestId("kpi-companion")).toContainText("32");
  await expect(page.getByTestId("kpi-core-tech-staff").getByTestId("kpi-companion")).toContainText("60%");
  await expect(page.getByTestId("kpi-open-datasets").getByTestId("kpi-companion")).toContainText("115");
  await expect(page.getByTestId("kpi-core-ai-firms")).toContainText("firms");
  // The share is drawn as a bar as well as a number: 29 % of the bar.
  await expect(page.getByTestId("kpi-national-share").getByTestId("progress-bar")).toHaveAttribute(
    "data-value",
    "29",
  );
});

test("a ratio reads whole in each language, with a unit word only where the ratio has none", async ({
  page,
}) => {
  // Messages are compiled at build time (next.config.js); this is the compiled formatter's answer.
  const ratios = [
    ["en", "10 of 24", "platforms"],
    ["ko", "24개 중 10개", null],
    ["zh", "24家中有10家", null],
  ] as const;
  for (const [locale, value, unit] of ratios) {
    await page.goto(`/${locale}`);
    const card = page.getByTestId("kpi-open-platforms");
    await expect(card.getByTestId("kpi-value"), locale).toHaveText(value);
    if (unit) await expect(card.getByTestId("kpi-unit"), locale).toHaveText(unit);
    else await expect(card.getByTestId("kpi-unit"), locale).toHaveCount(0);
  }
});

test("the overview has one card per strategic direction, each linking to its page", async ({ page }) => {
  await page.goto("/en");
  for (const code of ["innovation", "foundations", "application", "governance", "talent"]) {
    await expect(page.getByTestId(`direction-${code}`).getByRole("link")).toHaveAttribute(
      "href",
      `/en/directions/${code}`,
    );
  }
});

test("the overview draws a time series and a breakdown chart", async ({ page }) => {
  await page.goto("/en");
  for (const id of ["chart-output", "chart-fleet"]) await expectDrawn(page.getByTestId(id), id);
  await expect(
    page
      .getByTestId("chart-platforms")
      .getByRole("img", { name: "National open innovation platforms by sector" }),
  ).toBeVisible();
  await expect(page.getByTestId("chart-status")).toContainText("In operation");
  // The platforms chart counts the named national platforms, and nothing from other lists.
  const legend = await page.getByTestId("chart-platforms").locator("li").allTextContents();
  const counted = legend.reduce((n, text) => n + Number(/\((\d+)\)\s*$/.exec(text)?.[1] ?? 0), 0);
  expect(counted).toBe(17);
  // The fleet line has a point per observation, and the numbers behind it can be read.
  await page.getByTestId("chart-fleet").getByText("Show the numbers").click();
  await expect(page.getByTestId("chart-fleet").locator("table tbody tr")).not.toHaveCount(0);
});

test("a figure's source can be reached from its card", async ({ page }) => {
  await page.goto("/en");
  const link = page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-source").locator("[data-source-id]");
  const id = await link.getAttribute("data-source-id");
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/en/sources#source-${id}$`));
  const source = page.locator(`#source-${id}`);
  await expect(source).toBeVisible();
  await expect(source).toContainText("Supports");
  await expect(source.getByRole("link", { name: /core AI/i }).first()).toBeVisible();
});
