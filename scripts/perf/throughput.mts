// Throughput: autocannon with 50 connections on one address, with a browser's Accept-Encoding or none;
// and the ceiling of this machine for a page: its exact bytes (in that encoding) sent from memory by a bare
// Node server in another process, which no app serving those bytes can beat here.
import { spawn } from "node:child_process";
import { once } from "node:events";
import autocannon from "autocannon";
import type { Load } from "./report.ts";

/** What browsers send; autocannon itself sends no Accept-Encoding. */
export const ENCODINGS: Record<string, Record<string, string>> = {
  "gzip, deflate, br": { "accept-encoding": "gzip, deflate, br" },
  none: {},
};

export async function load(url: string, route: string, encoding: string, seconds: number): Promise<Load> {
  const headers = ENCODINGS[encoding] ?? {};
  await fetch(url, { headers }).catch(() => undefined); // warm, as a running service would be
  const r = await autocannon({ url, connections: 50, duration: seconds, timeout: 10, headers });
  return {
    route,
    encoding,
    rps: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    failed: r.errors + r.timeouts + r.non2xx,
  };
}

/** A bare server holding `url`'s body as sent with this encoding; stop it when done. */
export async function ceilingServer(url: string, encoding: string) {
  // fetch would decode the body: ask with node:http's raw bytes instead.
  const { request } = await import("node:http");
  const { body, headers } = await new Promise<{ body: Buffer; headers: Record<string, string> }>(
    (resolve, reject) => {
      request(url, { headers: ENCODINGS[encoding] ?? {} }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => {
          const kept: Record<string, string> = { "content-type": String(res.headers["content-type"]) };
          if (res.headers["content-encoding"])
            kept["content-encoding"] = String(res.headers["content-encoding"]);
          resolve({ body: Buffer.concat(parts), headers: kept });
        });
      })
        .on("error", reject)
        .end();
    },
  );
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const parts = [];
       const headers = ${JSON.stringify(headers)};
       process.stdin.on("data", (c) => parts.push(c)).on("end", () => {
         const b = Buffer.concat(parts);
         require("node:http").createServer((q, s) => { s.writeHead(200, { ...headers, "content-length": b.length }); s.end(b); })
           .listen(0, "127.0.0.1", function () { console.log(this.address().port); });
       });`,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  child.stdin.end(body);
  const [chunk] = (await once(child.stdout, "data")) as [Buffer];
  return {
    url: `http://127.0.0.1:${chunk.toString().trim()}/`,
    bytes: body.length,
    stop: () => void child.kill(),
  };
}
