import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** A second server on a scratch copy of the data, for tests that change or poison the data. */
export const SCRATCH_PORT = PORT + 1;
export const SCRATCH_DATA = ".e2e-data";
/** A third server, started on a broken data directory (a broken start). */
export const BROKEN_PORT = PORT + 2;
export const BROKEN_DATA = ".e2e-broken";
/**
 * A fourth server with SITE_ORIGIN set. Its value is another spelling of the server's own address (localhost
 * for 127.0.0.1), so every link it hands out can be opened and is told apart from the listening address.
 */
export const ORIGIN_PORT = PORT + 3;
export const CONFIGURED_ORIGIN = `http://localhost:${ORIGIN_PORT}`;
/** A port for servers the tests start themselves (a refused start, a start with nothing configured). */
export const SPARE_PORT = PORT + 4;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      // Debian's chromium when it is on the machine; otherwise Playwright's own browser.
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The production build, started as a user would.
      command: `node server.mjs`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      // Nothing configured (an empty SITE_ORIGIN is none): links are made on the server's own address.
      env: { NEXT_TELEMETRY_DISABLED: "1", SITE_ORIGIN: "", PORT: String(PORT), HOST: "127.0.0.1" },
    },
    {
      command: `node scripts/e2e-data.mjs ${SCRATCH_DATA} && node server.mjs`,
      url: `http://127.0.0.1:${SCRATCH_PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: SCRATCH_DATA,
        REFRESH_INTERVAL_SECONDS: "2",
        // Its data changes under test many times: rendering every default view after each change would
        // only take the CPU from the other server's tests. (The first server renders them, as in production.)
        WARM_VIEWS: "0",
        SITE_ORIGIN: "",
        PORT: String(SCRATCH_PORT),
        HOST: "127.0.0.1",
      },
    },
    {
      command: `node scripts/e2e-data.mjs ${BROKEN_DATA} --broken && node server.mjs`,
      // It serves no data, so its readiness is that it answers at all (the health check says 503).
      url: `http://127.0.0.1:${BROKEN_PORT}/api/v1/meta`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: BROKEN_DATA,
        SITE_ORIGIN: "",
        PORT: String(BROKEN_PORT),
        HOST: "127.0.0.1",
      },
    },
    {
      command: `node server.mjs`,
      url: `http://127.0.0.1:${ORIGIN_PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_ORIGIN: CONFIGURED_ORIGIN,
        PORT: String(ORIGIN_PORT),
        HOST: "127.0.0.1",
      },
    },
  ],
});
