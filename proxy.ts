import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);

/** A Content-Security-Policy with a fresh nonce per request; Next.js puts the nonce on its own scripts. */
function policy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Chart and table libraries set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Sends "/" and unprefixed paths to a language (cookie, then Accept-Language, English by default), and
 * gives every page its security policy.
 */
export default function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = policy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  if (!response.headers.has("location")) {
    // Hand the nonce to the renderer: the request headers the page sees downstream.
    response.headers.set("x-middleware-override-headers", [...headers.keys()].join(","));
    for (const [key, value] of headers) response.headers.set(`x-middleware-request-${key}`, value);
  }
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
