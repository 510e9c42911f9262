import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { getDataStatus } from "./lib/data/store";
import { isLocale, routing } from "./lib/i18n/routing";
import { maintenancePage, RETRY_AFTER_SECONDS } from "./lib/ui/maintenance";
import { siteOrigin } from "./lib/ui/site";

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

/** hreflang alternates of this page in every language, as absolute URLs on the configured origin. */
function alternates(pathname: string): string {
  const origin = siteOrigin();
  const parts = pathname.split("/");
  const rest = isLocale(parts[1] ?? "") ? parts.slice(2).join("/") : parts.slice(1).join("/");
  const path = rest ? `/${rest}` : "";
  return [
    ...routing.locales.map((l) => `<${origin}/${l}${path}>; rel="alternate"; hreflang="${l}"`),
    `<${origin}/${routing.defaultLocale}${path}>; rel="alternate"; hreflang="x-default"`,
  ].join(", ");
}

/**
 * Sends "/" and unprefixed paths to a language (cookie, then Accept-Language, English by default), and
 * gives every page its security policy.
 */
export default function proxy(request: NextRequest): NextResponse {
  // No valid dataset at all (a broken start): every page is a translated 503, never a half-drawn page.
  if (getDataStatus().version === null) {
    const first = request.nextUrl.pathname.split("/")[1] ?? "";
    return new NextResponse(maintenancePage(isLocale(first) ? first : routing.defaultLocale), {
      status: 503,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "retry-after": String(RETRY_AFTER_SECONDS),
      },
    });
  }
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
  if (!response.headers.has("location")) response.headers.set("link", alternates(request.nextUrl.pathname));
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
