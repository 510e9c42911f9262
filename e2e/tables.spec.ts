import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { csvRecords } from "../lib/test/parse-csv";
import { TABLE_IDS } from "../lib/tables/columns";
import { VIRTUALIZE_ABOVE } from "../components/tables/use-virtual-rows";
import { SCRATCH_PORT } from "../playwright.config";
import { expect, expectDrawn, test } from "./fixtures";
import type { Page } from "@playwright/test";

/** Marks the document in the window: a page load would start a new one without the mark. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));

/** Whether the marked document is still the one shown, and the address of every document loaded in it. */
const documentsLoaded = (page: Page) =>
  page.evaluate(() => ({
    same: (window as { sameDocument?: boolean }).sameDocument === true,
    documents: performance
      .getEntriesByType("navigation")
      .map((e) => new URL(e.name).pathname + new URL(e.name).search),
  }));

async function firstColumn(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="table-"] tbody tr[data-index] td:first-child')
    .evaluateAll((cells) => cells.map((c) => (c.querySelector("a, span")?.textContent ?? "").trim()));
}

async function pickFilter(page: Page, dimension: string, option: string) {
  await page.getByTestId(`filter-${dimension}`).getByRole("button").click();
  await page.getByTestId(`filter-${dimension}`).getByLabel(option).check();
  await page.keyboard.press("Escape");
}

test("filtering the overview by a district changes the URL, the cards and the charts, and survives a reload", async ({
  page,
}) => {
  await page.goto("/en");
  await expectDrawn(page.getByTestId("chart-fleet"));
  await pickFilter(page, "district", "Haidian District");
  await expect(page).toHaveURL(/\/en\?district=haidian$/);
  // City-wide figures stay, saying they are not broken down; the Yizhuang fleet chart has nothing for Haidian.
  await expect(page.getByTestId("kpi-core-ai-firms").getByTestId("breakdown-note")).toContainText(
    "Not broken down by district",
  );
  await expect(page.getByTestId("chart-fleet").getByTestId("chart-empty")).toBeVisible();
  await expect(page.getByTestId("filter-chips")).toContainText("District: Haidian District");
  await page.reload();
  await expect(page.getByTestId("chart-fleet").getByTestId("chart-empty")).toBeVisible();
  await expect(page.getByTestId("filter-chips")).toContainText("District: Haidian District");
  // Removing the chip restores the chart.
  await page.getByRole("button", { name: /Remove filter District: Haidian District/ }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expectDrawn(page.getByTestId("chart-fleet"));
});

test("switching language keeps the filter, and the page shown is the filtered one", async ({ page }) => {
  await page.goto("/en");
  await expectDrawn(page.getByTestId("chart-fleet"));
  await pickFilter(page, "district", "Haidian District");
  await expect(page.getByTestId("chart-fleet").getByTestId("chart-empty")).toBeVisible();
  // The Korean page for the same filter, not the unfiltered one.
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko\?district=haidian$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByTestId("chart-fleet").getByTestId("chart-empty")).toBeVisible();
  await expect(page.getByTestId("kpi-core-ai-firms").getByTestId("breakdown-note")).toBeVisible();
  // Back: the English filtered view, then the English default view with the unfiltered chart again.
  await page.goBack();
  await expect(page).toHaveURL(/\/en\?district=haidian$/);
  await expect(page.getByTestId("chart-fleet").getByTestId("chart-empty")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/en$/);
  await expectDrawn(page.getByTestId("chart-fleet"));
});

test("filtering a table by district narrows the rows, is kept in the URL, and the back button undoes it", async ({
  page,
}) => {
  await page.goto("/en/tables/observations");
  const count = page.getByTestId("row-count");
  await expect(count).toHaveText(/^(\d+) of \1 rows$/);
  const total = Number((await count.textContent())?.split(" ")[0]);
  await pickFilter(page, "district", "Beijing Economic-Technological Development Area (Yizhuang)");
  await expect(page).toHaveURL(/district=bda/);
  await expect(count).not.toHaveText(`${total} of ${total} rows`);
  const shown = Number((await count.textContent())?.split(" ")[0]);
  expect(shown).toBeGreaterThan(0);
  // City-wide figures stay, each saying so: the note comes with the row from the server.
  await expect(page.getByTestId("row-note").first()).toHaveText("Not broken down by district");
  await page.goBack();
  await expect(count).toHaveText(`${total} of ${total} rows`);
  await expect(page.getByTestId("row-note")).toHaveCount(0);
  await page.goForward();
  await expect(count).toHaveText(`${shown} of ${total} rows`);
  await page.reload();
  await expect(count).toHaveText(`${shown} of ${total} rows`);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/tables\/observations$/);
  await expect(count).toHaveText(`${total} of ${total} rows`);
});

test("a filter change, Back and Forward show each view without loading another document", async ({
  page,
}) => {
  await page.goto("/en/tables/indicators");
  const bar = page.getByTestId("filter-bar");
  const count = page.getByTestId("row-count");
  await expect(count).toHaveText(/^(\d+) of \1 rows$/);
  const total = Number((await count.textContent())?.split(" ")[0]);
  await markDocument(page);
  const button = page.getByTestId("filter-district").getByRole("button");
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(page.getByLabel("Haidian District")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByLabel("Haidian District").check();
  await expect(bar).toHaveAttribute("data-rendered", "district=haidian");
  await expect(count).not.toHaveText(`${total} of ${total} rows`);
  const filtered = (await count.textContent()) ?? "";
  await page.keyboard.press("Escape");
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/tables\/indicators$/);
  await expect(bar).toHaveAttribute("data-rendered", "");
  await expect(count).toHaveText(`${total} of ${total} rows`);
  await page.goForward();
  await expect(page).toHaveURL(/district=haidian$/);
  await expect(count).toHaveText(filtered);
  const loads = await documentsLoaded(page);
  expect(loads).toEqual({ same: true, documents: ["/en/tables/indicators"] });
});

test("a row's link opens its page without loading another document, and the table drawn again has each row once", async ({
  page,
}) => {
  // The body the server drew is adopted, not hydrated (components/tables/body.tsx): its links are followed by
  // the client router all the same.
  await page.goto("/en/tables/indicators");
  await expect(page.getByTestId("table-search")).toBeEnabled();
  await markDocument(page);
  const rows = page.getByTestId("table-indicators").locator("tbody tr");
  const drawn = await rows.count();
  expect(drawn).toBeGreaterThan(10);
  const link = rows.first().getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.split("#")[0]}`));
  const loads = await documentsLoaded(page);
  expect(loads.same).toBe(true);
  expect(loads.documents).toHaveLength(1);
  // Back: the table is drawn in the browser this time; then a sort redraws it. Every row, once, in order.
  await page.goBack();
  await expect(rows).toHaveCount(drawn);
  await page
    .getByRole("columnheader", { name: /^Value/ })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/[?&]sort=value/);
  const inOrder = Array.from({ length: drawn }, (_, i) => String(i));
  const indexes = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-index")));
  expect(await indexes()).toEqual(inOrder);
  // And a fresh load sorted at once: React takes the adopted rows over, again each row once.
  await page.goto("/en/tables/indicators");
  await expect(page.getByTestId("table-search")).toBeEnabled();
  await page
    .getByRole("columnheader", { name: /^Value/ })
    .getByRole("button")
    .click();
  await expect(page).toHaveURL(/[?&]sort=value/);
  await expect(rows).toHaveCount(drawn);
  expect(await indexes()).toEqual(inOrder);
});

test("a table sorts by mouse (asc, desc, none) and numbers sort as numbers", async ({ page }) => {
  await page.goto("/en/tables/observations");
  const header = page.getByRole("columnheader", { name: /^Value/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=value/);
  const asc = await page.locator("tbody tr[data-index] td:nth-child(2)").first().textContent();
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page).toHaveURL(/sort=-value/);
  const desc = await page.locator("tbody tr[data-index] td:nth-child(2)").first().textContent();
  expect(asc).not.toBe(desc);
  // The largest figure in the data is the 1.3 m deliveries; the smallest is a rank of 1 or a 0.1 bn voucher.
  expect(desc).toContain("1,300,000");
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "none");
});

test("a table sorts from the keyboard, and Shift adds a second sort column", async ({ page }) => {
  await page.goto("/en/tables/measures");
  const status = page.getByRole("columnheader", { name: /^Status/ });
  const title = page.getByRole("columnheader", { name: /^Title/ });
  await status.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveAttribute("aria-sort", "ascending");
  await title.getByRole("button").focus();
  await page.keyboard.press("Shift+Enter");
  await expect(title).toHaveAttribute("aria-sort", "ascending");
  await expect(status).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=status,title/);
  await page.reload();
  await expect(title).toHaveAttribute("aria-sort", "ascending");
});

test("search and hidden columns live in the URL", async ({ page }) => {
  await page.goto("/en/tables/indicators");
  await page.getByRole("searchbox", { name: "Search this table" }).fill("vehicles");
  await expect(page).toHaveURL(/q=vehicles/);
  await expect(page.getByTestId("row-count")).not.toHaveText(/^(\d+) of \1 rows$/);
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("checkbox", { name: "Districts" }).uncheck();
  await expect(page).toHaveURL(/hide=/);
  await expect(page.getByRole("columnheader", { name: /^Districts/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("columnheader", { name: /^Districts/ })).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: "Search this table" })).toHaveValue("vehicles");
});

test("invalid values in the URL are dropped with a visible notice", async ({ page }) => {
  await page.goto("/en/tables/indicators?district=atlantis&sort=nonsense");
  const notices = page.getByTestId("url-notices");
  await expect(notices).toContainText("“atlantis” is not a district code.");
  await expect(notices).toContainText("“nonsense” is not a column of this table");
  await expect(page.getByTestId("row-count")).toHaveText(/^(\d+) of \1 rows$/);
  await notices.getByRole("button", { name: "Remove them from the link" }).click();
  await expect(page).toHaveURL(/\/en\/tables\/indicators$/, { timeout: 15_000 });
});

test("Export view downloads exactly the rows on screen, in order, with a BOM", async ({ page }) => {
  await page.goto("/en/tables/observations?district=bda&sort=-as_of");
  const onScreen = await firstColumn(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-view").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^beijing-ai-all-observations_district-bda_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const text = readFileSync((await download.path()) ?? "", "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text
    .slice(1)
    .split("\r\n")
    .filter((l) => l !== "");
  expect(lines[0]).toMatch(/^Indicator \[indicator\],Value \[value\],Unit \[unit\],As of \[as_of\]/);
  const firstCells = lines
    .slice(1)
    .map((l) =>
      l.startsWith('"') ? (l.match(/^"((?:[^"]|"")*)"/)?.[1] ?? "").replace(/""/g, '"') : l.split(",")[0],
    );
  expect(firstCells).toEqual(onScreen);
  // Values are raw numbers, dates ISO.
  expect(lines[1]).toMatch(/,\d+(\.\d+)?,[a-z0-9-]+,\d{4}(-\d{2}){0,2},/);
});

test("Export all downloads the whole table regardless of filters", async ({ page }) => {
  await page.goto("/en/tables/sources?year=2023");
  const all = Number((await page.getByTestId("row-count").textContent())?.match(/of (\d+)/)?.[1]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-all").click(),
  ]);
  const text = readFileSync((await download.path()) ?? "", "utf8");
  expect(
    text
      .slice(1)
      .split("\r\n")
      .filter((l) => l !== ""),
  ).toHaveLength(all + 1);
});

test("a value that looks like a formula is neutralised in the export", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${SCRATCH_PORT}/en/tables/measures?q=HYPERLINK`);
  await expect(page.getByTestId("row-count")).toHaveText(/^1 of \d+ rows$/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-view").click(),
  ]);
  const text = readFileSync((await download.path()) ?? "", "utf8");
  expect(text).toContain(`"'=HYPERLINK(""https://example.invalid"",""Click me"")"`);
  expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
});

test("the whole dataset downloads as a data package", async ({ request }) => {
  const response = await request.get("/api/v1/datapackage?locale=ko");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await response.body()));
  const pkg = JSON.parse(strFromU8(files["datapackage.json"] ?? new Uint8Array()));
  expect(pkg.language).toBe("ko");
  const names = pkg.resources.map((r: { name: string }) => r.name);
  // Every table, a link table beside each table whose rows cite several sources, and the units.
  expect(names).toEqual(
    [...TABLE_IDS, "units"].flatMap((t) =>
      t === "measures" || t === "documents" ? [t, `${t}_sources`] : [t],
    ),
  );
  for (const resource of pkg.resources as {
    name: string;
    path: string;
    schema: { fields: { name: string }[] };
  }[]) {
    const csv = strFromU8(files[resource.path] ?? new Uint8Array());
    // Machine files: no byte-order mark, a header of the declared field names.
    expect(csv.charCodeAt(0), resource.name).not.toBe(0xfeff);
    const records = csvRecords(csv);
    expect(Object.keys(records[0] ?? {}), resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    if (!(TABLE_IDS as readonly string[]).includes(resource.name)) continue;
    const api = await (await request.get(`/api/v1/${resource.name}?locale=ko&limit=1`)).json();
    expect(records.length, resource.name).toBe(api.total);
  }
  const indicators = csvRecords(strFromU8(files["indicators.csv"] ?? new Uint8Array()));
  expect(indicators.find((r) => r.id === "core-ai-firms")).toMatchObject({
    value: "1048",
    observations: "1",
  });
  const bad = await request.get("/api/v1/datapackage?locale=fr");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).parameter).toBe("locale");
});

test("a filter's list works from the keyboard: arrows move, Space picks, Escape and Tab close", async ({
  page,
}) => {
  await page.goto("/en/tables/indicators");
  const filter = page.getByTestId("filter-year");
  const button = filter.getByRole("button");
  // Retried until the page is interactive (a key pressed before hydration does nothing).
  await expect(async () => {
    await button.focus();
    await page.keyboard.press("ArrowDown");
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
  const boxes = filter.getByRole("checkbox");
  await expect(boxes.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(boxes.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(boxes.last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(boxes.first()).toBeFocused();
  await page.keyboard.press("Space");
  await expect(boxes.first()).toBeChecked();
  await expect(page).toHaveURL(/year=/);
  await page.keyboard.press("Escape");
  await expect(filter.getByRole("group")).toBeHidden();
  await expect(button).toBeFocused();
  // Opened again once the year's view has arrived (nothing is pending), Tab past the last option closes it.
  const bar = page.getByTestId("filter-bar");
  await expect(bar).toHaveAttribute("data-rendered", /year=/);
  await expect(bar).toHaveAttribute("aria-busy", "false");
  await expect(async () => {
    await button.focus();
    await page.keyboard.press("ArrowDown");
    await expect(boxes.first()).toBeFocused({ timeout: 1_000 });
  }).toPass();
  for (let i = 0; i < (await boxes.count()); i++) await page.keyboard.press("Tab");
  await expect(filter.getByRole("group")).toBeHidden();
});

test("a table's search finds 海淀 and 하이뎬 on the English site, as the site's search does", async ({
  page,
}) => {
  await page.goto("/en/tables/measures");
  const search = page.getByTestId("table-search");
  const count = page.getByTestId("row-count");
  await expect(count).toHaveText(/^(\d+) of \1 rows$/);
  const shown = async () => Number((await count.textContent())?.split(" ")[0]);
  await search.fill("海淀");
  await expect(page).toHaveURL(/q=/);
  await expect.poll(shown).toBeGreaterThan(0);
  const found = await shown();
  // Each row found is about Haidian, whose name on the English site is what the row shows.
  const districts = await page
    .locator('[data-testid^="table-"] tbody tr[data-index]')
    .evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  expect(districts.length).toBeGreaterThan(0);
  for (const text of districts) expect(text).toContain("Haidian");
  await search.fill("하이뎬");
  await expect.poll(shown).toBe(found);
  // The API's search (the "Export all" file) finds the same rows.
  const api = await (
    await page.request.get(`/api/v1/measures?q=${encodeURIComponent("하이뎬")}&locale=en`)
  ).json();
  expect(api.total).toBe(found);
});

test("a filter's list stays open, with focus where it was, while several values are ticked and each view arrives", async ({
  page,
}) => {
  await page.goto("/en/tables/observations");
  const bar = page.getByTestId("filter-bar");
  const filter = page.getByTestId("filter-district");
  const button = filter.getByRole("button").first();
  // Clicked again until the page is interactive (a click before hydration does nothing).
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(filter.getByLabel("Haidian District")).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await filter.getByLabel("Haidian District").check();
  // The filtered view has arrived around the list: still open, focus where it was.
  await expect(bar).toHaveAttribute("data-rendered", "district=haidian");
  await expect(filter.getByLabel("Haidian District")).toBeChecked();
  await expect(filter.getByLabel("Haidian District")).toBeFocused();
  await expect(filter.getByLabel("Chaoyang District")).toBeVisible();
  await filter.getByLabel("Chaoyang District").check();
  await expect(bar).toHaveAttribute("data-rendered", "district=haidian,chaoyang");
  await expect(filter.getByLabel("Chaoyang District")).toBeChecked();
  await expect(filter.getByLabel("Haidian District")).toBeChecked();
  await expect(page).toHaveURL(/district=haidian(%2C|,)chaoyang/);
  // Escape closes it as before; another page does not open it again.
  await page.keyboard.press("Escape");
  await expect(filter.getByLabel("Haidian District")).toBeHidden();
  await page.getByRole("link", { name: "Targets", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/tables\/targets/);
  await expect(page.getByTestId("filter-district").getByRole("button")).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  await expect(page.getByTestId("filter-district").getByRole("checkbox")).toHaveCount(0);
});

test("a default view arrives drawn: without scripts the table, its tabs, the filter bar and the change log's indicator list are all in the page", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/en/tables/indicators");
    const table = page.getByTestId("table-indicators");
    const count = (await table.getByTestId("row-count").textContent()) ?? "";
    const total = Number(/^(\d+) of \1 rows$/.exec(count)?.[1] ?? NaN);
    expect(total, count).toBeGreaterThan(20);
    // Every row, unless the table is large enough to draw only those in view.
    const drawn = await table.locator("tbody tr[data-index]").count();
    expect(drawn).toBe(total > VIRTUALIZE_ABOVE ? drawn : total);
    expect(drawn).toBeGreaterThan(10);
    // The cells' look comes from classes named once in the style sheet: the label column stays in view when
    // the table scrolls sideways, and numbers line up on the right.
    const first = table.locator("tbody tr[data-index]").first();
    await expect(first.locator("td").nth(0)).toHaveCSS("position", "sticky");
    await expect(first.locator("td").nth(1)).toHaveCSS("text-align", "right");
    await expect(page.getByRole("navigation", { name: "Tables" }).getByRole("link")).toHaveCount(
      TABLE_IDS.length,
    );
    await expect(page.getByTestId("filter-district").getByRole("button")).toBeVisible();
    // What would be lost before the page's script runs waits for it: the table's search, the log's list.
    await expect(page.getByTestId("table-search")).toBeDisabled();
    await page.goto("/en/changes");
    await expect(page.getByTestId("filter-indicator").getByRole("combobox")).toBeDisabled();
    await expect(page.getByTestId("filter-bar")).toBeVisible();
  } finally {
    await context.close();
  }
});

test("once the page's script runs, the drawn table's search and the change log's list take input", async ({
  page,
}) => {
  await page.goto("/en/tables/indicators");
  await page.getByTestId("table-search").fill("smart factories");
  await expect(page.getByTestId("row-count")).toHaveText(/^\d of \d+ rows$/);
  await expect(page).toHaveURL(/[?&]q=smart/);
  await page.goto("/en/changes");
  await expect(page.getByTestId("filter-indicator").getByRole("combobox")).toBeEnabled();
});
