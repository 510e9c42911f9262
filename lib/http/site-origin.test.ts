import { describe, expect, it } from "vitest";
import { resolveSiteOrigin } from "./site-origin.mjs";

describe("resolveSiteOrigin", () => {
  it("uses a configured SITE_ORIGIN as an origin (a trailing slash, case and a default port normalised)", () => {
    // The deployer's public address wins over where the server listens.
    for (const [raw, origin] of [
      ["https://tracker.example.org", "https://tracker.example.org"],
      ["https://tracker.example.org/", "https://tracker.example.org"],
      ["HTTPS://Tracker.Example.org:443", "https://tracker.example.org"],
      ["http://10.0.0.5:8080", "http://10.0.0.5:8080"],
      ["  http://localhost:4000  ", "http://localhost:4000"],
    ])
      expect(resolveSiteOrigin({ SITE_ORIGIN: raw, PORT: "3001", HOST: "127.0.0.1" })).toEqual({
        ok: true,
        origin,
        configured: true,
        why: "from SITE_ORIGIN",
      });
  });

  it("refuses anything but an absolute http(s) origin, naming SITE_ORIGIN and the value", () => {
    // A path, query or fragment would be cut off silently; garbage would be written into every citation.
    for (const raw of [
      "tracker.example.org",
      "/en",
      "garbage",
      "ftp://tracker.example.org",
      "https://tracker.example.org/base",
      "https://tracker.example.org/?x=1",
      "https://tracker.example.org/#top",
      "https://tracker.example.org?",
      "https://user:pw@tracker.example.org",
      "https:tracker.example.org",
      "http://",
    ]) {
      const result = resolveSiteOrigin({ SITE_ORIGIN: raw });
      expect(result.ok, raw).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/^SITE_ORIGIN must be an absolute http\(s\) origin/);
        expect(result.message).toContain(JSON.stringify(raw));
        expect(result.message).not.toContain("\n");
      }
    }
  });

  it("without SITE_ORIGIN uses the server's own address: localhost on PORT, or the address HOST names", () => {
    // Links must open where this server runs, not on a port nothing listens on.
    const origin = (env: Record<string, string | undefined>) => {
      const r = resolveSiteOrigin(env);
      return r.ok && !r.configured ? r.origin : null;
    };
    expect(origin({})).toBe("http://localhost:3000");
    expect(origin({ PORT: "3457" })).toBe("http://localhost:3457");
    expect(origin({ PORT: "3457", HOST: "0.0.0.0" })).toBe("http://localhost:3457");
    expect(origin({ PORT: "3457", HOST: "::" })).toBe("http://localhost:3457");
    expect(origin({ PORT: "3457", HOST: "tracker.lan" })).toBe("http://tracker.lan:3457");
    expect(origin({ PORT: "3457", HOST: "127.0.0.1" })).toBe("http://127.0.0.1:3457");
    expect(origin({ PORT: "3457", HOST: "::1" })).toBe("http://[::1]:3457");
    expect(origin({ PORT: "80", HOST: "localhost", SITE_ORIGIN: "" })).toBe("http://localhost");
  });
});
