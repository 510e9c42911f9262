import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3107);
/** A second server on a scratch copy of the data, for tests that change or poison the data. */
export const SCRATCH_PORT = PORT + 1;
export const SCRATCH_DATA = ".e2e-data";

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
      command: `npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `node scripts/e2e-data.mjs ${SCRATCH_DATA} && npx next start -p ${SCRATCH_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SCRATCH_PORT}/en`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: SCRATCH_DATA, REFRESH_INTERVAL_SECONDS: "2" },
    },
  ],
});
