// Default views ready before anyone asks. The pages with a filter bar are rendered for their address
// (one route per page: app/[locale]/(site)/_views/routing.ts), so the framework prerenders none of them; the
// server's store of compressed pages (compressed-pages.mjs) keeps each view once rendered. Here the server
// renders every default view itself, by asking for it over its own loopback connection, as soon as it
// listens and again whenever a view's validator changes (a data update, a new day): the store then holds it,
// and the first reader after a start or an update is served from memory like every later one.
//
// One view at a time, and only while the server has nothing else to answer (or after IDLE_WAIT_MS of
// waiting, so a busy server still gets there): readers come first. A view is rendered at most once per
// validator here, so a view the store let go for lack of room is not rendered again and again.
import { request } from "node:http";
import { currentPageTag, defaultViews } from "./bridge.mjs";

/** How often the server checks whether a default view's validator has changed. */
export const WARM_EVERY_MS = 10_000;
/** The longest the warm-up waits for the server to be idle before it asks for the next view anyway. */
const IDLE_WAIT_MS = 2_000;
/** How long one view may take before the warm-up gives up on it (a reader's request will render it). */
const VIEW_TIMEOUT_MS = 30_000;

/**
 * A GET of `address` over the server's own connection (`server.address()` once it listens), resolved when
 * the whole answer has been read. Any address the server listens on answers, so "all addresses" is asked
 * through the loopback one.
 */
export function loopback(listening) {
  const host =
    listening.address === "0.0.0.0" ? "127.0.0.1" : listening.address === "::" ? "::1" : listening.address;
  return (address) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host,
          port: listening.port,
          path: address,
          headers: { accept: "text/html", "accept-encoding": "gzip", "user-agent": "warm-up (server.mjs)" },
        },
        (res) => {
          res.on("error", reject);
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.resume();
        },
      );
      req.setTimeout(VIEW_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${VIEW_TIMEOUT_MS} ms`)));
      req.on("error", reject);
      req.end();
    });
}

/**
 * The warm-up: `pass()` renders every default view whose validator changed since it last rendered it and
 * that the store does not hold (resolves to how many it asked for); `start()` runs a pass now and then every
 * `everyMs`; `stop()` ends that.
 *   get(address)  asks the server for a page (loopback above)
 *   holds(address) whether the store holds the current copy of that address
 *   idle()        whether the server is answering no request now
 */
export function warmPages({
  get,
  holds,
  idle = () => true,
  idleWaitMs = IDLE_WAIT_MS,
  views = defaultViews,
  tagOf = currentPageTag,
  everyMs = WARM_EVERY_MS,
  log = (line) => console.log(line),
}) {
  /** address → the validator it was last rendered under here */
  const warmed = new Map();
  let running = null;
  let timer = null;
  let first = true;

  const tagNow = (address) => {
    try {
      return tagOf(address);
    } catch {
      return null;
    }
  };

  async function once() {
    let list = views();
    // The framework loads the proxy, which names the views, with the first page request it handles.
    if (list === null) {
      await get("/").catch(() => {});
      list = views() ?? [];
    }
    const due = list
      .map((address) => ({ address, tag: tagNow(address) }))
      .filter(({ address, tag }) => tag !== null && warmed.get(address) !== tag && !holds(address));
    const started = Date.now();
    let failed = 0;
    for (const { address, tag } of due) {
      const until = Date.now() + idleWaitMs;
      while (!idle() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
      const status = await get(address).catch(() => 0);
      if (status !== 200) failed += 1;
      warmed.set(address, tag);
    }
    if (due.length > 0) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const why = first ? "" : " again (the data or the day changed)";
      const errors = failed > 0 ? `; ${failed} did not answer 200 and wait for a reader` : "";
      log(`> Default views rendered${why}: ${due.length} pages in ${seconds} s${errors}`);
    }
    if (list.length > 0) first = false;
    return due.length;
  }

  const api = {
    pass() {
      running ??= once().finally(() => {
        running = null;
      });
      return running;
    },
    start() {
      void api.pass();
      timer = setInterval(() => void api.pass(), everyMs);
      timer.unref();
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
  return api;
}
