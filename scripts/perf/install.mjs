// Installs the tools of npm run perf and npm run load (Lighthouse, chrome-launcher, autocannon) into
// scripts/perf/node_modules from their own lock file, the first time they are needed and whenever that lock
// file changes. The project's own npm ci does not install them.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const lock = createHash("sha256")
  .update(readFileSync(path.join(dir, "package-lock.json")))
  .digest("hex");
const stamp = path.join(dir, "node_modules", ".installed-from");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== lock) {
  console.log("Installing the measuring tools into scripts/perf/node_modules (once) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--prefix", dir], { stdio: "inherit" });
  writeFileSync(stamp, lock);
}
