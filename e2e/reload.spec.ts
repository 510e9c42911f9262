import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SCRATCH_DATA, SCRATCH_PORT } from "../playwright.config";
import { expect, test } from "./fixtures";
import { decoded, raw } from "./http";

const base = `http://127.0.0.1:${SCRATCH_PORT}`;
const file = (name: string) => path.join(SCRATCH_DATA, name);

test.describe.configure({ mode: "serial" });

test("a broken data update changes nothing users see; a good one is picked up by an open page", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(90_000);
  const sources = readFileSync(file("sources.json"), "utf8");
  const observations = readFileSync(file("observations.json"), "utf8");
  const before = await (await request.get(`${base}/api/v1/meta`)).json();
  await page.goto(`${base}/en`);
  await expect(page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-value")).toHaveText("1,048");
  // The page's validator, as a browser keeps it for a reload (given once the pages have settled after
  // the server's start and after a data swap: lib/server/page-cache.mjs, SETTLE_MS).
  let tagBefore = "";
  await expect
    .poll(async () => (tagBefore = (await request.get(`${base}/en`)).headers()["etag"] ?? ""), {
      timeout: 20_000,
    })
    .toMatch(/^W\/"p-/);
  const reload = () => request.get(`${base}/en`, { headers: { "if-none-match": tagBefore } });
  // A table page open at the same time, fed by its API resource through SWR.
  const table = await context.newPage();
  await table.goto(`${base}/en/tables/indicators?q=Core%20AI%20enterprises`);
  await expect(table.locator("tbody tr[data-index]").first()).toContainText("1,048");
  try {
    // 1. A broken file: the old data stays in service, meta reports file, record and field.
    const broken = JSON.parse(sources);
    broken[0].confidence = "certain";
    writeFileSync(file("sources.json"), JSON.stringify(broken));
    await expect
      .poll(async () => (await (await request.get(`${base}/api/v1/meta`)).json()).status, { timeout: 10_000 })
      .toBe("error");
    const meta = await (await request.get(`${base}/api/v1/meta`)).json();
    expect(meta.version).toBe(before.version);
    expect(meta.lastError.issues[0]).toMatchObject({ file: "sources.json", field: "confidence" });
    expect((await request.get(`${base}/en`)).status()).toBe(200);
    expect((await reload()).status()).toBe(304); // still the same data, so still the same page
    expect((await (await request.get(`${base}/api/v1/indicators/core-ai-firms`)).json()).data.value).toBe(
      1048,
    );

    // 2. A dangling reference is refused too.
    writeFileSync(file("sources.json"), sources);
    const dangling = JSON.parse(observations);
    dangling[0].source = "no-such-source";
    writeFileSync(file("observations.json"), JSON.stringify(dangling));
    await expect
      .poll(
        async () => (await (await request.get(`${base}/api/v1/meta`)).json()).lastError?.issues?.[0]?.field,
        { timeout: 10_000 },
      )
      .toBe("source");

    // 3. A good update: served at once, and the open page updates in place.
    const good = JSON.parse(observations);
    const firms = good.find((o: { id: string }) => o.id.startsWith("core-ai-firms"));
    firms.value = 1049;
    writeFileSync(file("observations.json"), JSON.stringify(good));
    await expect
      .poll(async () => (await (await request.get(`${base}/api/v1/meta`)).json()).status, { timeout: 10_000 })
      .toBe("ok");
    await expect(page.getByTestId("kpi-core-ai-firms").getByTestId("kpi-value")).toHaveText("1,049", {
      timeout: 15_000,
    });
    await expect(page.getByTestId("live-data")).toContainText("Data updated");
    // A reload with the old validator gets the new page, never a 304 for the old one; then, once the pages
    // have settled on the new version, a new validator.
    expect((await reload()).status()).toBe(200);
    let tagAfter = "";
    await expect
      .poll(
        async () => {
          const r = await reload();
          expect(r.status()).toBe(200);
          return (await r.text()).includes("1,049") ? (tagAfter = r.headers()["etag"] ?? "") : "old page";
        },
        { timeout: 30_000 },
      )
      .toMatch(/^W\/"p-/);
    expect(tagAfter).not.toBe(tagBefore);
    await expect(table.locator("tbody tr[data-index]").first()).toContainText("1,049", { timeout: 15_000 });
  } finally {
    writeFileSync(file("sources.json"), sources);
    writeFileSync(file("observations.json"), observations);
  }
});

test("after a data update, the page and the compressed API answer are the new ones", async () => {
  test.setTimeout(90_000);
  const observations = readFileSync(file("observations.json"), "utf8");
  const br = { "accept-encoding": "gzip, deflate, br" };
  /** The count of core AI firms on the overview, as sent to a browser (compressed by the framework). */
  const firmsOnKeptOverview = async () => {
    const answer = await raw(`${base}/en`, br);
    if (answer.headers["content-encoding"] === undefined) return "not sent compressed";
    const html = decoded(answer).toString();
    return ["1,048", "1,050"].filter((n) => html.includes(`>${n}<`)).join(" and ") || "neither";
  };
  const firmsIn = async (path: string) => {
    const answer = await raw(`${base}${path}`, br);
    expect(answer.headers["content-encoding"]).toBe("br");
    const body = JSON.parse(decoded(answer).toString()) as { data: Array<{ id: string; value: number }> };
    return body.data.find((o) => o.id.startsWith("core-ai-firms"))?.value;
  };
  await expect.poll(firmsOnKeptOverview, { timeout: 30_000 }).toBe("1,048");
  expect(await firmsIn("/api/v1/observations?limit=200")).toBe(1048);
  try {
    const changed = JSON.parse(observations);
    changed.find((o: { id: string }) => o.id.startsWith("core-ai-firms")).value = 1050;
    writeFileSync(file("observations.json"), JSON.stringify(changed));
    await expect.poll(() => firmsIn("/api/v1/observations?limit=200"), { timeout: 15_000 }).toBe(1050);
    // The page shows the new data once the pages have settled on the new version.
    await expect.poll(firmsOnKeptOverview, { timeout: 45_000 }).toBe("1,050");
  } finally {
    writeFileSync(file("observations.json"), observations);
  }
});
