// @ts-check
// The benchmark's own Next.js app, built and started by `npm run bench` (scripts/bench/run.ts): one page
// with the product's table (components/tables, lib/) on SYNTHETIC rows. Never part of the product's build.
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The product's code and node_modules sit at the repository root, above this app.
  turbopack: { root },
  outputFileTracingRoot: root,
  // Its files are type-checked with the product's (`npm run typecheck`), not again at each bench build.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
