import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseEncoding, compress, compressNow } from "./encoding.mjs";

describe("chooseEncoding (Accept-Encoding, RFC 9110 §12.5.3)", () => {
  it("sends identity to a client that sends no Accept-Encoding, or an empty one", () => {
    // Why: an old client or a plain HTTP tool must get bytes it can read as they are.
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding(null)).toBe("identity");
    expect(chooseEncoding("")).toBe("identity");
  });

  it("prefers br to gzip when a browser accepts both equally", () => {
    // Why: what browsers send; brotli's body is the smaller.
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("br;q=1.0, gzip;q=1")).toBe("br");
  });

  it("follows the client's quality values over our preference", () => {
    expect(chooseEncoding("gzip;q=1, br;q=0.8")).toBe("gzip");
    expect(chooseEncoding("br;q=0.2, gzip;q=0.9")).toBe("gzip");
    expect(chooseEncoding("br;q=0.001, gzip;q=0")).toBe("br");
  });

  it("never sends a coding the client refused with q=0, nor one it did not name", () => {
    expect(chooseEncoding("gzip, deflate, br;q=0")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBe("identity");
    expect(chooseEncoding("zstd, deflate;q=0.5")).toBe("identity");
    expect(chooseEncoding("gzip;q=0, br;q=0")).toBe("identity");
  });

  it("reads x-gzip as gzip and is blind to case and spaces", () => {
    expect(chooseEncoding("x-gzip")).toBe("gzip");
    expect(chooseEncoding(" GZIP ; Q=0.5 ,  Br ;q=0.4")).toBe("gzip");
  });

  it("lets * stand for every coding the client does not name", () => {
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("br;q=0, *")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0.3, *;q=0.5")).toBe("br");
  });

  it("keeps identity acceptable unless refused, ranked with the lowest quality the client gave", () => {
    // A client that only half wants gzip still gets gzip, not the larger identity body (as negotiator does).
    expect(chooseEncoding("gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0.5, identity")).toBe("identity");
    expect(chooseEncoding("identity;q=1, br;q=0.9")).toBe("identity");
  });

  it("answers null when the client refuses identity and accepts nothing we have", () => {
    // Why: then no body is acceptable, and the caller decides what to do (the framework, or identity).
    expect(chooseEncoding("identity;q=0")).toBeNull();
    expect(chooseEncoding("*;q=0")).toBeNull();
    expect(chooseEncoding("deflate, identity;q=0")).toBeNull();
    expect(chooseEncoding("identity;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("*;q=0, identity")).toBe("identity");
  });

  it("ignores an entry whose quality is malformed rather than guess it", () => {
    expect(chooseEncoding("br;q=high, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=2, gzip;q=0.5")).toBe("gzip");
  });

  it("offers only what the caller has", () => {
    expect(chooseEncoding("br, gzip", ["gzip"])).toBe("gzip");
    expect(chooseEncoding("br", ["gzip"])).toBe("identity");
  });
});

describe("compress and compressNow", () => {
  const text = "北京 AI 产业 ".repeat(500);
  it("give back the same bytes once decompressed, in both codings", async () => {
    expect(brotliDecompressSync(await compress(Buffer.from(text), "br")).toString()).toBe(text);
    expect(gunzipSync(await compress(Buffer.from(text), "gzip")).toString()).toBe(text);
    expect(brotliDecompressSync(compressNow(text, "br")).toString()).toBe(text);
    expect(gunzipSync(compressNow(text, "gzip")).toString()).toBe(text);
  });
});
