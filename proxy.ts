import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { settledPagesVersion } from "./lib/data/revalidate";
import { getDataStatus } from "./lib/data/store";
import { matchesEtag, pageEtag } from "./lib/http/etags";
import { isLocale, routing } from "./lib/i18n/routing";
import { PAGE_CACHE_CONTROL, publishDefaultViews, publishPageTags } from "./lib/server/bridge.mjs";
import { PAGE_QUERY_PARAMS } from "./lib/filter/search-params";
import { defaultViewAddresses } from "./lib/filter/view-pages";
import { maintenancePage, RETRY_AFTER_SECONDS } from "./lib/ui/maintenance";
import { siteOrigin } from "./lib/ui/site";

const intl = createMiddleware(routing);

/**
 * The pages' Content-Security-Policy. A page is the same for every reader at its address and is served
 * from a cache (prerendered, or kept once rendered), so no per-request nonce is possible: scripts may come only from this origin, plus the framework's inline bootstrap
 * scripts ('unsafe-inline'; see the README's Security section). No eval, no plugins, no <base>, no framing.
 */
const CSP_PARTS = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV !== "production" ? " 'unsafe-eval'" : ""}`,
  // Chart and table libraries set inline style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const CSP = [...CSP_PARTS, "frame-ancestors 'none'"].join("; ");
/** Embeds (/[locale]/embed/…) are made to be framed: by any site, and only they. */
const EMBED_CSP = [...CSP_PARTS, "frame-ancestors *"].join("; ");

/**
 * The page's canonical address (its default view: none for an address with a query) and its hreflang
 * alternates in every language, absolute on the site's origin (lib/ui/site.ts), never the Host header.
 */
function pageLinks(locale: string, rest: string, search: string): string {
  const origin = siteOrigin();
  return [
    ...(search === "" ? [`<${origin}/${locale}${rest}>; rel="canonical"`] : []),
    ...routing.locales.map((l) => `<${origin}/${l}${rest}>; rel="alternate"; hreflang="${l}"`),
    `<${origin}/${routing.defaultLocale}${rest}>; rel="alternate"; hreflang="x-default"`,
  ].join(", ");
}

/** This build's stamp (next.config.js sets it at build time): pages of another build are other pages. */
const BUILD = process.env.PAGES_BUILD ?? "dev";

/**
 * The validator of the page at this address (path and query), or null when there is none to give: only for
 * GET and HEAD, and only while every cached page is surely of the current dataset. (The client router's
 * data requests share their page's address and look the same here: server.mjs drops the tag from those.)
 */
function pageTag(method: string, address: string): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const version = settledPagesVersion();
  if (version === null) return null;
  const state = { build: BUILD, version, origin: siteOrigin(), day: new Date().toISOString().slice(0, 10) };
  return pageEtag(state, address);
}

// The tag a plain GET of an address (path and query) gets below (a page in a language, while data is
// loaded), told to the server's store of compressed pages (lib/server/compressed-pages.mjs), which serves
// its copy of a page only while the page would still carry the tag it was kept under. An address whose query
// names anything but a view's parameters (a tracking tag, a typo) gets none there: it is not a view to keep.
// (Read without URL(): the server hands over the raw request target, which need not parse as one.)
publishPageTags((address) => {
  const [path = "", query = ""] = address.split("#")[0]?.split("?", 2) ?? [];
  if (!isLocale(path.split("/")[1] ?? "") || getDataStatus().version === null) return null;
  if ([...new URLSearchParams(query).keys()].some((name) => !PAGE_QUERY_PARAMS.has(name))) return null;
  return pageTag("GET", address);
});
// The default views the server renders before anyone asks (lib/server/warm-pages.mjs).
publishDefaultViews(defaultViewAddresses());

function withPageHeaders(
  response: NextResponse,
  page: { locale: string; rest: string; search: string },
): NextResponse {
  const { locale, rest, search } = page;
  response.headers.set("content-security-policy", rest.startsWith("/embed/") ? EMBED_CSP : CSP);
  if (!response.headers.has("location")) response.headers.set("link", pageLinks(locale, rest, search));
  return response;
}

/**
 * In front of every page: a translated 503 while no dataset is loaded; "/" and unprefixed paths sent to a
 * language (the reader's saved choice, then Accept-Language, English by default); a page's validator, and a
 * 304 when the reader already has the page.
 */
export default function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const [, first = "", ...restParts] = pathname.split("/");
  if (getDataStatus().version === null) {
    return new NextResponse(maintenancePage(isLocale(first) ? first : routing.defaultLocale), {
      status: 503,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "retry-after": String(RETRY_AFTER_SECONDS),
      },
    });
  }
  if (!isLocale(first)) {
    // The language a reader picked with the switcher (a cookie the browser set), else next-intl's choice.
    const saved = request.cookies.get("NEXT_LOCALE")?.value;
    if (pathname === "/" && saved !== undefined && isLocale(saved))
      return NextResponse.redirect(new URL(`/${saved}${search}`, request.url), 307);
    return intl(request);
  }
  const rest = restParts.length > 0 ? `/${restParts.join("/")}` : "";
  const tag = pageTag(request.method, `${pathname}${search}`);
  // A reload of an unchanged page: 304, without rendering or reading the cached page. ("*" is no help
  // here: the proxy cannot know whether the address has a page.)
  if (tag !== null && matchesEtag(request.headers.get("if-none-match"), tag, { star: false }))
    return withPageHeaders(new NextResponse(null, { status: 304, headers: { etag: tag } }), {
      locale: first,
      rest,
      search,
    });
  const response = NextResponse.next();
  if (tag !== null) {
    // (The client router's data requests look the same here; server.mjs drops the tag from those, and
    // their answers name `rsc` in Vary, so a shared cache keeps them apart from the page.)
    response.headers.set("etag", tag);
    response.headers.set("cache-control", PAGE_CACHE_CONTROL);
  }
  return withPageHeaders(response, { locale: first, rest, search });
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|fonts|.*\\..*).*)"],
};
