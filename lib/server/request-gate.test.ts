import { ServerResponse, IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { PAGE_CACHE_CONTROL } from "./bridge.mjs";
import { gate, hideInternalHeaders, rawParamNames } from "./request-gate.mjs";

/** Runs the gate on a request; returns whether it answered, and with what. */
function run(method: string, url: string) {
  const req = new IncomingMessage(new Socket());
  req.method = method;
  req.url = url;
  const res = new ServerResponse(req);
  let body = "";
  let headers: Record<string, unknown> = {};
  res.writeHead = ((status: number, h?: Record<string, unknown>) => {
    res.statusCode = status;
    headers = h ?? {};
    return res;
  }) as ServerResponse["writeHead"];
  res.write = () => true;
  res.end = ((chunk?: unknown) => {
    if (typeof chunk === "string") body = chunk;
    return res;
  }) as ServerResponse["end"];
  const answered = gate(req, res);
  return {
    answered,
    status: res.statusCode,
    allow: headers.allow,
    type: headers["content-type"],
    body,
  };
}

describe("the request gate", () => {
  it("lets ordinary reads through to the framework", () => {
    expect(run("GET", "/en/tables/indicators?year=2022").answered).toBe(false);
    expect(run("HEAD", "/api/v1/indicators").answered).toBe(false);
  });

  it("refuses TRACE and odd request targets without reaching the framework (which answered 500)", () => {
    expect(run("TRACE", "/en")).toMatchObject({ answered: true, status: 405 });
    expect(run("OPTIONS", "*")).toMatchObject({ answered: true, status: 204 });
    expect(run("GET", "*")).toMatchObject({ answered: true, status: 400 });
    expect(run("GET", "http://evil.example/en")).toMatchObject({ answered: true, status: 400 });
  });

  it("answers only GET and HEAD on pages, with the truth in Allow", () => {
    expect(run("POST", "/en")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
    expect(run("DELETE", "/api/v1/indicators")).toMatchObject({ status: 405, allow: "GET, HEAD, OPTIONS" });
  });

  it("refuses long addresses and undecodable paths", () => {
    expect(run("GET", `/en/${"a".repeat(9000)}`).status).toBe(414);
    expect(run("GET", "/en/%ff").status).toBe(400);
    expect(run("GET", "/en/method/%25ff").status).toBe(400);
  });

  it("refuses __proto__ as an API parameter, as problem+json, since the framework drops it unseen", () => {
    const res = run("GET", "/api/v1/indicators?limit=1&__proto__=1");
    expect(res).toMatchObject({ answered: true, status: 400 });
    expect(String(res.type)).toContain("application/problem+json");
    expect(JSON.parse(res.body).parameter).toBe("__proto__");
    expect(rawParamNames("/x?a=1&%5F%5Fproto%5F%5F=2&b")).toEqual(["a", "__proto__", "b"]);
  });
});

describe("hideInternalHeaders", () => {
  /** The headers a response sends after the framework set these, for a request with these headers and URL. */
  function sent(reqHeaders: Record<string, string>, url: string, status = 200) {
    const req = new IncomingMessage(new Socket());
    req.url = url;
    Object.assign(req.headers, reqHeaders);
    const res = new ServerResponse(req);
    let out: Record<string, unknown> = {};
    res.writeHead = ((_status: number, h?: Record<string, unknown>) => {
      out = { ...Object.fromEntries(res.getHeaderNames().map((n) => [n, res.getHeader(n)])), ...h };
      return res;
    }) as ServerResponse["writeHead"];
    hideInternalHeaders(res, req);
    res.setHeader("etag", 'W/"p-1-2"');
    res.setHeader("cache-control", PAGE_CACHE_CONTROL);
    res.setHeader("x-middleware-rewrite", "/en/somewhere");
    res.writeHead(status, { "content-type": "text/html" });
    return out;
  }
  it("keeps a page's ETag and drops the framework's internal headers", () => {
    const h = sent({}, "/en");
    expect(h.etag).toBe('W/"p-1-2"');
    expect(h["x-middleware-rewrite"]).toBeUndefined();
  });
  it("drops the page's ETag from the router's data requests, by header or by parameter", () => {
    expect(sent({ rsc: "1" }, "/en").etag).toBeUndefined();
    expect(sent({}, "/en?_rsc=abc").etag).toBeUndefined();
  });
  it("keeps it on a 304 and drops it from a 404 or an error at the page's address", () => {
    expect(sent({}, "/en", 304).etag).toBe('W/"p-1-2"');
    expect(sent({}, "/en/figures/nope", 404).etag).toBeUndefined();
    expect(sent({}, "/en", 500).etag).toBeUndefined();
  });
  it("lets a shared cache keep only the page itself: not the router's data, a redirect, a 404 or an error", () => {
    expect(sent({}, "/en")["cache-control"]).toBe(PAGE_CACHE_CONTROL);
    expect(sent({}, "/en", 304)["cache-control"]).toBe(PAGE_CACHE_CONTROL);
    for (const h of [
      sent({ rsc: "1" }, "/en"),
      sent({ rsc: "1" }, "/en", 307),
      sent({}, "/en/tables/nope", 404),
      sent({}, "/en", 500),
    ])
      expect(h["cache-control"]).toMatch(/^private, no-cache, no-store/);
  });
});
