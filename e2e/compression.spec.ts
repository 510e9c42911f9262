import { decoded, raw, type RawAnswer } from "./http";
import { expect, test } from "./fixtures";

/** What a reader's browser sends, and other clients: the coding each must get back. */
const ASKED: Array<[Record<string, string>, string | undefined]> = [
  [{ "accept-encoding": "gzip, deflate, br" }, "br"],
  [{ "accept-encoding": "br" }, "br"],
  [{ "accept-encoding": "gzip" }, "gzip"],
  [{ "accept-encoding": "br;q=0.5, gzip" }, "gzip"],
  [{ "accept-encoding": "identity" }, undefined],
  [{}, undefined],
];

/** The headers that describe the content (not this one transfer), to compare two answers by. */
function contentHeaders(answer: RawAnswer) {
  const perTransfer =
    /^(?:date|connection|keep-alive|transfer-encoding|content-length|content-encoding|x-nextjs-cache)$/;
  return Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !perTransfer.test(name)));
}

for (const path of ["/en", "/api/v1/indicators", "/api/v1/observations?format=csv"]) {
  test(`${path} comes back in the coding asked for, the same bytes and headers as without one`, async ({
    baseURL,
  }) => {
    const url = `${baseURL}${path}`;
    // Answers are compressed once the dataset has loaded after the server's start (a page, once its validator
    // has settled: lib/server/page-cache.mjs).
    await expect
      .poll(async () => (await raw(url, { "accept-encoding": "br" })).headers["content-encoding"], {
        timeout: 30_000,
      })
      .toBe("br");
    const identity = await raw(url);
    expect(identity.status).toBe(200);
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.body.length).toBeGreaterThan(10_000);
    for (const [headers, coding] of ASKED) {
      const answer = await raw(url, headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.headers["content-encoding"], JSON.stringify(headers)).toBe(coding);
      expect(String(answer.headers.vary)).toMatch(/\bAccept-Encoding\b/i);
      expect(
        decoded(answer).equals(identity.body),
        `${JSON.stringify(headers)}: the same bytes once decoded`,
      ).toBe(true);
      expect(contentHeaders(answer)).toEqual(contentHeaders(identity));
    }
    const head = await raw(url, { "accept-encoding": "gzip, deflate, br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(head.body.length).toBe(0);
  });
}

/** What a reader sees of a page: its text without scripts, markup and the framework's streaming markers. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

test("a page sent from the compressed store carries the framework's own headers and content", async ({
  baseURL,
}) => {
  const url = `${baseURL}/en/method`;
  await expect
    .poll(async () => (await raw(url, { "accept-encoding": "br" })).headers["content-encoding"], {
      timeout: 30_000,
    })
    .toBe("br");
  const kept = await raw(url, { "accept-encoding": "gzip" });
  // A range request is never answered from the store: this is the framework's answer (it sends the whole page).
  const framework = await raw(url, { "accept-encoding": "gzip", range: "bytes=0-" });
  expect(framework.status).toBe(200);
  expect(contentHeaders(kept)).toEqual(contentHeaders(framework));
  expect(kept.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(kept.headers["cache-control"]).toMatch(/s-maxage=/);
  // The same page. (Not always the same bytes: a render numbers its streamed parts in the order they
  // finish, so a page the framework has rendered again since may order its payload differently.)
  expect(visibleText(decoded(kept).toString())).toBe(visibleText(decoded(framework).toString()));
  // A reload with the page's validator is still a 304, answered by the proxy.
  const reload = await raw(url, { "accept-encoding": "br", "if-none-match": String(kept.headers.etag) });
  expect(reload.status).toBe(304);
  expect(reload.body.length).toBe(0);
});

test("a page drawn for its address has its default view ready before anyone asks for it", async ({
  baseURL,
}) => {
  // No other test asks for this view. A HEAD never makes the store keep a page, and only the store sends
  // brotli: so br here means the server rendered and kept the view on its own (lib/server/warm-pages.mjs).
  // (Early in the warm-up's order, which waits up to 2 s per view for the busy test server to be idle.)
  const url = `${baseURL}/en/tables/cities`;
  await expect
    .poll(async () => (await raw(url, { "accept-encoding": "br" }, "HEAD")).headers["content-encoding"], {
      timeout: 90_000,
    })
    .toBe("br");
});

test("a filtered view is kept and sent from memory like a default one; an address with other parameters is not", async ({
  baseURL,
}) => {
  const view = `${baseURL}/en/tables/indicators?district=haidian`;
  // Kept once rendered: brotli, which only the store sends (the framework compresses with gzip alone).
  await expect
    .poll(async () => (await raw(view, { "accept-encoding": "br" })).headers["content-encoding"], {
      timeout: 30_000,
    })
    .toBe("br");
  const junk = `${baseURL}/en/tables/indicators?utm_source=newsletter`;
  for (let i = 0; i < 3; i++) {
    const answer = await raw(junk, { "accept-encoding": "br" });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBeUndefined();
  }
});
