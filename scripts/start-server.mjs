// The one way the scripts start a server and wait for it: the tracker's production server (node server.mjs,
// which needs a build) unless another command is given (the perf script's floor page).
import { spawn } from "node:child_process";

/**
 * Starts the server on 127.0.0.1:`port` and resolves once `readyPath` answers 2xx, or throws (after
 * stopping it) when the process exits first or nothing answers within `timeoutMs`.
 * @param {{
 *   port: number,
 *   env?: Record<string, string>,
 *   command?: string[],
 *   cwd?: string,
 *   readyPath?: string,
 *   timeoutMs?: number,
 *   hint?: string,
 * }} options
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function startServer({
  port,
  env = {},
  command = [process.execPath, "server.mjs"],
  cwd,
  readyPath = "/api/health",
  timeoutMs = 60_000,
  hint = "is there a build? run npm run build",
}) {
  const [program = process.execPath, ...args] = command;
  const child = spawn(program, args, {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill("SIGTERM");
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && child.exitCode === null) {
    const answer = await fetch(`${base}${readyPath}`).catch(() => null);
    if (answer?.ok) return { base, stop };
    // Polled, not slept on: the loop ends as soon as the server answers.
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`the server on port ${port} did not start (${hint})`);
}
