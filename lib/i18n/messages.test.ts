import { describe, expect, it } from "vitest";
import { UNITS } from "@/lib/domain/codes";
import { MESSAGES } from "./messages";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function placeholders(text: string): string[] {
  // Argument names only, not the words inside plural branches ("one {firm}").
  return [...text.matchAll(/(?<!(?:one|other|few|many|two|zero|=\d+)\s?)\{(\w+)(?=[,}])/g)]
    .map((m) => m[1] ?? "")
    .sort();
}

describe("message catalogs", () => {
  const en = keys(MESSAGES.en).sort();

  it.each(["ko", "zh"] as const)("%s has exactly the English keys", (locale) => {
    // A missing key would show a raw key path to Korean or Chinese readers.
    expect(keys(MESSAGES[locale]).sort()).toEqual(en);
  });

  it.each(["ko", "zh"] as const)("%s keeps every placeholder of the English text", (locale) => {
    const get = (o: object, path: string) =>
      path.split(".").reduce<unknown>((acc, k) => (acc as Record<string, unknown>)[k], o);
    for (const key of en) {
      const source = placeholders(String(get(MESSAGES.en, key))).filter((p) => p !== "count");
      const target = placeholders(String(get(MESSAGES[locale], key))).filter((p) => p !== "count");
      expect(new Set(target), `${locale}: ${key}`).toEqual(new Set(source));
    }
  });

  it("has a unit word for every unit the data may use", () => {
    for (const unit of UNITS) expect(MESSAGES.en.units).toHaveProperty(unit);
  });
});
