// The framework's floor: a bare Next.js page (one heading, one paragraph, one client button) on the same
// next, react and react-dom versions as this project's lock file, built in a temporary folder and served
// by `next start`. Whatever the tracker scores, a page built on the framework cannot do better than this on
// the same machine, so the tracker's figures are read as ratios to it. The build is kept for the next run
// (in the folder named after the three versions) and made again when it is missing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../start-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The exact versions the project installs, read from its lock file. */
function lockedVersions(): Record<"next" | "react" | "react-dom", string> {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  const version = (name: string) => {
    const v = lock.packages[`node_modules/${name}`]?.version;
    if (!v) throw new Error(`${name} is not in package-lock.json`);
    return v;
  };
  return { next: version("next"), react: version("react"), "react-dom": version("react-dom") };
}

const FILES: Record<string, string> = {
  "next.config.mjs": "export default {};\n",
  "app/layout.js": `export const metadata = {
  title: "Floor",
  description: "A bare Next.js page: the framework's floor.",
  icons: { icon: "data:," },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.js": `import Counter from "./counter";

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One heading, one paragraph and one client button: what the framework costs on its own.</p>
      <Counter />
    </main>
  );
}
`,
  "app/counter.js": `"use client";
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count} times
    </button>
  );
}
`,
};

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Writes, installs and builds the floor app unless a build of these versions is there already. */
function buildFloor(): { dir: string; versions: ReturnType<typeof lockedVersions> } {
  const versions = lockedVersions();
  const dir = path.join(
    tmpdir(),
    `bjai-perf-floor-next${versions.next}-react${versions.react}-dom${versions["react-dom"]}`,
  );
  if (existsSync(path.join(dir, ".next", "BUILD_ID"))) return { dir, versions };
  console.log(`Building the floor page (next ${versions.next}, react ${versions.react}) in ${dir} …`);
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const pkg = { name: "bjai-perf-floor", private: true, dependencies: versions };
  writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: dir,
    env,
    stdio: "inherit",
  });
  execFileSync(process.execPath, [path.join(dir, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    env,
    stdio: "inherit",
  });
  return { dir, versions };
}

export interface Floor {
  url: string;
  versions: ReturnType<typeof lockedVersions>;
  stop: () => void;
}

/** Builds (if needed) and starts the floor page on 127.0.0.1:port; resolves once it answers 200. */
export async function startFloor(port: number): Promise<Floor> {
  const { dir, versions } = buildFloor();
  const { base, stop } = await startServer({
    port,
    command: [
      process.execPath,
      path.join(dir, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    cwd: dir,
    env: { NODE_ENV: "production" },
    readyPath: "/",
    hint: "is the port free?",
  });
  return { url: `${base}/`, versions, stop };
}
