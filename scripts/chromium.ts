import { existsSync } from "node:fs";

/** Debian's chromium when it is on the machine; undefined lets Playwright use its own browser. */
export const CHROMIUM_PATH = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/** Flags headless Chromium needs here: no sandbox as root, no GPU, no network calls of its own. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
