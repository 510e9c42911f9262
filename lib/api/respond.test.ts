import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { BODY_CODING_HEADER, codedBodies } from "@/lib/server/bridge.mjs";
import { buildDataset } from "@/lib/data/build";
import { fixtureRecords, toRaw } from "@/lib/test/fixture";
import { bodyCache } from "./cache";
import { json } from "./respond";

function dataset() {
  const built = buildDataset(toRaw(fixtureRecords()));
  if (!built.ok) throw new Error("fixture is invalid");
  return built.dataset;
}

const text = JSON.stringify({
  data: Array.from({ length: 200 }, (_, i) => ({ id: `row-${i}`, name: "北京" })),
});
const ask = (headers: Record<string, string>) => new Request("http://localhost/api/v1/x", { headers });

/** The coding a response's body is in: named in the header the server turns into Content-Encoding. */
const codingOf = (answer: Response): string | null => answer.headers.get(BODY_CODING_HEADER);

describe("respond with a cached body", () => {
  // As server.mjs does: its server restores a route's coding (the framework would drop Content-Encoding).
  beforeAll(() => void codedBodies());

  it("sends it in the coding asked for, compressed once, with the same ETag and Vary", async () => {
    // Why: a cached API answer is compressed once per dataset version, not by the framework per request.
    const ds = dataset();
    const cached = bodyCache(ds, "respond-test", () => ({ body: text }));
    const br = json(ask({ "accept-encoding": "gzip, deflate, br" }), cached);
    expect(codingOf(br)).toBe("br");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
    const kept = cached.encoded.br;
    expect(kept).toBeDefined();
    json(ask({ "accept-encoding": "br" }), cached);
    expect(cached.encoded.br).toBe(kept); // the same bytes, not compressed again
    const gzip = json(ask({ "accept-encoding": "gzip" }), cached);
    expect(codingOf(gzip)).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(text);
    const identity = json(ask({}), cached);
    expect(codingOf(identity)).toBeNull();
    expect(await identity.text()).toBe(text);
    for (const answer of [br, gzip, identity]) {
      expect(answer.headers.get("etag")).toBe(cached.etag);
      expect(answer.headers.get("vary")).toBe("Accept, Accept-Encoding");
    }
  });

  it("answers 304 without a body whatever the coding", () => {
    const cached = bodyCache(dataset(), "respond-304", () => ({ body: text }));
    const answer = json(ask({ "accept-encoding": "br", "if-none-match": cached.etag }), cached);
    expect(answer.status).toBe(304);
    expect(codingOf(answer)).toBeNull();
  });

  it("leaves small bodies, spreadsheets and bodies built per request to the framework", () => {
    const ds = dataset();
    const small = bodyCache(ds, "respond-small", () => ({ body: "{}" }));
    const bytes = bodyCache(ds, "respond-bytes", () => ({ body: new Uint8Array(5000) }));
    for (const content of [small, bytes, text])
      expect(codingOf(json(ask({ "accept-encoding": "br" }), content))).toBeNull();
  });
});
