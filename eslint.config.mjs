import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    // CommonJS config files read by Next.js and Tailwind.
    files: ["*.config.js", "*.cjs", "scripts/*.cjs", "scripts/bench/site/*.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      // The bench app's build (scripts/bench/site, built by npm run bench).
      "scripts/bench/site/.next/**",
      "scripts/bench/site/next-env.d.ts",
    ],
  },
];

export default config;
