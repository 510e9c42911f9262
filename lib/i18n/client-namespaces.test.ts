import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import { clientMessages } from "./client-messages";

/**
 * Code that runs in the browser only has the message namespaces `clientMessages` sends; a namespace it
 * reads but is not sent shows readers a raw key. This walks every client component and everything it
 * imports from the project, and checks each namespace it translates with is sent (in every language the
 * key set is the same, messages.test.ts checks that).
 */
const ROOT = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory()
      ? files(p)
      : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)
        ? [p]
        : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

function browserFiles(): Set<string> {
  const all = [
    ...files(path.join(ROOT, "components")),
    ...files(path.join(ROOT, "app")),
    ...files(path.join(ROOT, "lib")),
  ];
  const seen = new Set<string>();
  const queue = all.filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  while (queue.length > 0) {
    const f = queue.pop() ?? "";
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, "utf8");
    // Type-only imports never run in the browser.
    for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const next = m[1] ? resolve(f, m[1]) : null;
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return seen;
}

describe("messages in the browser", () => {
  it("sends every namespace that code running in the browser translates with", () => {
    const sent = clientMessages(en);
    const browser = [...browserFiles()];
    expect(browser.length).toBeGreaterThan(10);
    const used = browser.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/useTranslations\(\s*["']([\w.-]+)["']\s*\)/g)].map((m) => ({
        file: path.relative(ROOT, f),
        namespace: m[1] ?? "",
      })),
    );
    expect(used.length).toBeGreaterThan(0);
    const missing = used.filter(({ namespace }) => {
      const [head = "", ...rest] = namespace.split(".");
      let node: unknown = sent[head];
      for (const k of rest)
        node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[k] : undefined;
      return node === undefined;
    });
    expect(missing).toEqual([]);
  });
});
