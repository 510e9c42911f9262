import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/codes";
import { VIEW_PAGE_PATHS, defaultViewAddresses } from "./view-pages";

const SITE = join(process.cwd(), "app", "[locale]", "(site)");

/** Every page module under the site's routes, as a pattern of the paths it answers (after the language). */
function pageRoutes(): Array<{ file: string; pattern: RegExp; dynamic: boolean }> {
  return readdirSync(SITE, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(`page.tsx`) && !file.split(sep).some((part) => part.startsWith("_")))
    .map((file) => {
      const source = file
        .split(sep)
        .slice(0, -1)
        .map((p) => (p.startsWith("[...") ? ".+" : p.startsWith("[") ? "[^/]+" : p));
      return {
        file,
        pattern: new RegExp(`^${source.map((p) => `/${p}`).join("")}$`),
        dynamic: /export const dynamic = "force-dynamic"/.test(readFileSync(join(SITE, file), "utf8")),
      };
    });
}

describe("the pages whose default views the server renders itself", () => {
  it("are exactly the routes drawn for their address, each one answering a listed path", () => {
    const routes = pageRoutes();
    expect(routes.filter((r) => r.dynamic).length).toBeGreaterThan(0);
    for (const path of VIEW_PAGE_PATHS) {
      const route = routes.find((r) => !r.file.includes("[...") && r.pattern.test(path));
      expect(route?.dynamic, `${path} (${route?.file ?? "no page"})`).toBe(true);
    }
    for (const route of routes.filter((r) => r.dynamic))
      expect(
        VIEW_PAGE_PATHS.some((path) => route.pattern.test(path)),
        route.file,
      ).toBe(true);
  });

  it("are named in every language", () => {
    const addresses = defaultViewAddresses();
    expect(addresses).toHaveLength(LOCALES.length * VIEW_PAGE_PATHS.length);
    expect(addresses).toContain("/zh/tables/indicators");
    expect(addresses).toContain("/ko");
  });
});
