import { expect, test } from "./fixtures";

const count = async (page: import("@playwright/test").Page) =>
  Number((await page.getByTestId("change-count").innerText()).replace(/\D/g, ""));

/** The API's entries for a query: all of them, and those the page shows by default (not technical). */
async function apiEntries(request: import("@playwright/test").APIRequestContext, query = "") {
  const body = await (await request.get(`/api/v1/changes?limit=1000${query ? `&${query}` : ""}`)).json();
  const data = body.data as { id: string; kind: string; date: string; file: string }[];
  expect(data.length).toBe(body.total);
  return { all: data, shown: data.filter((c) => c.kind !== "technical") };
}

test("the change log lists every entry with old → new, reason and source, and narrows by direction and indicator", async ({
  page,
  request,
}) => {
  await page.goto("/en/changes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed");
  const all = await count(page);
  const api = await apiEntries(request);
  expect(all).toBe(api.shown.length);
  expect(all).toBeGreaterThan(100);
  // A corrected source title: the old and the new as written, and why (on its page of the log, 50 a page).
  const at = api.shown.findIndex((c) => c.id === "2026-11-27-sources-cri-2023-02-14-title");
  expect(at).toBeGreaterThanOrEqual(0);
  await page.goto(`/en/changes?page=${Math.floor(at / 50) + 1}`);
  const entry = page.locator("#change-2026-11-27-sources-cri-2023-02-14-title");
  await expect(entry).toContainText("Source corrected");
  await expect(entry).toContainText("北京人工智能核心企業達1048家");
  await expect(entry).toContainText("The title is now exactly as the source wrote it");

  // Direction: through the shared filter bar (the address), the page and the API agree.
  await page.goto("/en/changes?direction=governance");
  await expect(page.getByTestId("change-count")).not.toHaveText(`${all} changes`);
  const governance = await count(page);
  const apiGov = await apiEntries(request, "direction=governance");
  expect(governance).toBe(apiGov.shown.length);
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

test("technical changes (identifiers only) are hidden on the page by default, kept in the API and feeds", async ({
  page,
  request,
}) => {
  const api = await apiEntries(request);
  const technical = api.all.filter((c) => c.kind === "technical");
  expect(technical.length).toBeGreaterThan(0);
  await page.goto("/en/changes");
  await expect(page.locator('[data-kind="technical"]')).toHaveCount(0);
  const toggle = page.getByTestId("toggle-technical");
  await expect(toggle).toHaveText(`Show the ${technical.length} technical changes (identifiers only)`);
  await toggle.click();
  await expect(page).toHaveURL(/technical=1/);
  await expect(page.getByTestId("change-count")).toHaveText(`${api.all.length} changes`);
  // The first technical entry, on its page of the log (50 a page), in the API's order.
  const first = api.all.findIndex((c) => c.kind === "technical");
  await page.goto(`/en/changes?technical=1&page=${Math.floor(first / 50) + 1}`);
  await expect(page.locator(`#change-${api.all[first]?.id}`)).toContainText("Technical");
  // The feed leads with figures added and revised; entries about identifiers come last in a day.
  const feed = await (await request.get("/en/feed.json")).json();
  const titles = (feed.items as { title: string }[]).map((i) => i.title);
  expect(titles.length).toBeGreaterThan(0);
  expect(titles[0]).toMatch(/^(Added|Revised): /);
  const newest = api.all[0]?.date;
  const sameDay = api.all.filter((c) => c.date === newest);
  const firstTechnical = sameDay.findIndex((c) => c.kind === "technical");
  if (firstTechnical >= 0)
    expect(sameDay.slice(firstTechnical).every((c) => c.kind === "technical")).toBe(true);
  // The log says what the evidence is, never "our research notes" or "records".
  const text = JSON.stringify(
    (await (await request.get("/api/v1/changes?limit=1000&locale=ko")).json()).data.map(
      (c: { reason: string }) => c.reason,
    ),
  );
  expect(text).not.toMatch(/연구 노트|레코드/);
  const en = JSON.stringify(api.all.map((c) => (c as unknown as { reason: string }).reason));
  expect(en).not.toMatch(/research notes|\brecords?\b/i);
});
