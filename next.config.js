// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { copyFonts } = require("./scripts/copy-fonts.cjs");

// The CJK fallback fonts are copied from npm into public/fonts/ (not committed) before anything is served.
copyFonts(__dirname);

// Messages are compiled from ICU text when the catalogs are bundled (next-intl's own option), so no page
// parses a message, or asks the browser's Intl for its locales, while it hydrates.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // No other site's window may hold a reference to ours, nor read our responses through no-cors loads.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** The API is public and read-only: any site's scripts may read it (GET, HEAD; preflight in server.mjs). */
const corsHeaders = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Expose-Headers", value: "ETag, X-Total-Count, Content-Disposition, Retry-After" },
  { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The spreadsheet writer runs in the API routes only, loaded from node_modules as it is (never bundled).
  serverExternalPackages: ["exceljs"],
  // Pages get their ETag in proxy.ts from the build, the dataset version and the address, instead of a
  // hash of the whole HTML on every request; PAGES_BUILD is this build's stamp, fixed at build time.
  generateEtags: false,
  env: { PAGES_BUILD: Date.now().toString(36) },
  // Rendered pages are cached in each server's memory, not shared through .next/ (lib/server/page-cache.mjs).
  cacheHandler: require.resolve("./lib/server/page-cache.mjs"),
  cacheMaxMemorySize: 0,
  reactStrictMode: true,
  // Metadata in the <head> of every page, for every reader: the framework otherwise streams it to browsers
  // and blocks for crawlers it knows, and a page kept once per address (lib/server/compressed-pages.mjs)
  // must not depend on who asked for it first.
  htmlLimitedBots: /.*/,
  compress: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Older browsers' framing ban, on everything but the embeds (the CSP's frame-ancestors says the same).
      { source: "/:path((?!(?:en|ko|zh)/embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // API answers are data, never pages: nothing may run or frame them.
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          ...corsHeaders,
        ],
      },
      // The CJK fallback fonts change only with the @fontsource package: a day in any cache.
      { source: "/fonts/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
