import { expect, test } from "./fixtures";

const count = async (page: import("@playwright/test").Page) =>
  Number((await page.getByTestId("change-count").innerText()).replace(/\D/g, ""));

test("the change log lists every entry with old → new, reason and source, and narrows by direction and indicator", async ({
  page,
  request,
}) => {
  await page.goto("/en/changes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed");
  const all = await count(page);
  const api = await (await request.get("/api/v1/changes?limit=1")).json();
  expect(all).toBe(api.total);
  expect(all).toBeGreaterThan(100);
  // A corrected source title: the old and the new as written, and why.
  const entry = page.locator("#change-2026-11-27-sources-cri-2023-02-14-title");
  await expect(entry).toContainText("Source corrected");
  await expect(entry).toContainText("北京人工智能核心企業達1048家");
  await expect(entry).toContainText("The title is now exactly as the source wrote it");

  // Direction: through the shared filter bar (the address), the page and the API agree.
  await page.goto("/en/changes?direction=governance");
  await expect(page.getByTestId("change-count")).not.toHaveText(`${all} changes`);
  const governance = await count(page);
  const apiGov = await (await request.get("/api/v1/changes?direction=governance&limit=1")).json();
  expect(governance).toBe(apiGov.total);
  expect(governance).toBeLessThan(all);

  // Indicator: the select writes the address and the page follows.
  await page.goto("/en/changes");
  await page.getByLabel("Indicator", { exact: true }).selectOption("ad-zone-area");
  await expect(page).toHaveURL(/indicator=ad-zone-area/);
  await expect(page.getByTestId("change-count")).not.toHaveText(`${all} changes`);
  const entries = page.getByTestId("change-entry");
  const n = await entries.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBe(await count(page));
  await expect(page.getByTestId("feed-links")).toBeVisible();
});

test("/en/feed.xml parses as Atom with entries; the JSON Feed and a direction's feed agree with it", async ({
  page,
  request,
}) => {
  const res = await request.get("/en/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  await page.goto("/en/changes");
  const atom = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      title: doc.getElementsByTagNameNS(ns, "title")[0]?.textContent,
      entries: entries.length,
      complete: entries.every(
        (e) =>
          ["id", "title", "updated", "content"].every(
            (k) => e.getElementsByTagNameNS(ns, k)[0]?.textContent,
          ) && e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href")?.startsWith("http"),
      ),
    };
  }, xml);
  expect(atom).toMatchObject({ error: 0, root: "http://www.w3.org/2005/Atom", complete: true });
  expect(atom.title).toContain("what changed");
  expect(atom.entries).toBeGreaterThan(10);

  const feed = await (await request.get("/zh/feed.json")).json();
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.language).toBe("zh");
  expect(feed.items.length).toBe(atom.entries);

  const talent = await (await request.get("/en/directions/talent/feed.json")).json();
  const apiTalent = await (await request.get("/api/v1/changes?direction=talent&limit=1000")).json();
  expect(talent.items.length).toBe(Math.min(100, apiTalent.total));
  expect(talent.items.length).toBeLessThan(feed.items.length);
  expect((await request.get("/en/directions/nowhere/feed.xml")).status()).toBe(404);
  expect((await request.get("/en/feed.xml?x=1")).status()).toBe(400);
});

test("a corrected figure says when it was revised; its old address leads to it", async ({ page }) => {
  await page.goto("/en/figures/ad-zone-area-2021-11-25");
  await expect(page).toHaveURL(/\/en\/figures\/ad-paid-pilot-area-2021-11-25$/);
  await expect(page.getByTestId("revised-on")).toContainText("Revised on");
  await expect(page.getByTestId("figure-changes")).toContainText("Definition split");
});
