// The production server: Next.js behind a small gate that refuses, before the framework sees them, the
// requests a public statistics service must answer plainly rather than with a 500 and a stack trace.
//   node server.mjs            (npm start; PORT and HOST choose where it listens, SITE_ORIGIN the public address)
// The gate's rules are in lib/server/request-gate.mjs and tested on their own.
import { createServer } from "node:http";
import next from "next";
import { resolveSiteOrigin } from "./lib/http/site-origin.mjs";
import { codedBodies } from "./lib/server/bridge.mjs";
import { compressedPages } from "./lib/server/compressed-pages.mjs";
import { gate, hideInternalHeaders } from "./lib/server/request-gate.mjs";
import { loopback, warmPages } from "./lib/server/warm-pages.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
process.env.NEXT_TELEMETRY_DISABLED = "1";

// The origin of every absolute link the pages, the API and the feeds write (lib/ui/site.ts reads the same
// answer from this process's environment). A SITE_ORIGIN that is not an absolute http(s) origin is refused
// here, before anything is served, rather than written into every citation.
const site = resolveSiteOrigin(process.env);
if (!site.ok) {
  console.error(`> ${site.message} The server did not start.`);
  process.exit(1);
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
/** Pages and API bodies compressed once per dataset version (brotli, gzip), not on every request. */
const sendKeptPage = compressedPages();
const restoreCoding = codedBodies();

/** Requests being answered now: the warm-up of default views waits for none. */
let answering = 0;

const server = createServer((req, res) => {
  answering += 1;
  res.once("close", () => {
    answering -= 1;
  });
  if (gate(req, res)) return;
  if (sendKeptPage(req, res)) return;
  restoreCoding(res);
  hideInternalHeaders(res, req);
  handle(req, res).catch((error) => {
    // Never a stack trace to the client; one line in the log.
    console.error(`[server] ${req.method} ${String(req.url).slice(0, 200)}: ${error?.message ?? error}`);
    if (!res.headersSent) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "30" });
      res.end("The server could not answer this request. Please try again shortly.\n");
    } else res.end();
  });
});
// Request lines and headers beyond 16 KB are refused by Node itself (431); 8 KB URLs by the gate (414).
server.maxHeadersCount = 100;
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
// Idle keep-alive connections stay open longer than a load balancer's usual 60 s, so the balancer (or a
// client reusing its connection) closes them first and never sends a request into a socket being closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(
    `> Beijing AI Policy Tracker on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`,
  );
  console.log(`> Links are written for ${site.origin} (${site.why})`);
  // Every default view rendered now and after each data update or new day, so no reader waits for it.
  // (WARM_VIEWS=0 leaves them to their first reader.)
  if (process.env.WARM_VIEWS !== "0")
    warmPages({
      get: loopback(server.address()),
      holds: sendKeptPage.holds,
      idle: () => answering === 0,
    }).start();
});
