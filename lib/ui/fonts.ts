import localFont from "next/font/local";

// Inter from the @fontsource-variable/inter npm package: no font download at build or run time.
// Korean and Chinese glyphs fall back to the system's CJK fonts (see tailwind.config.js).
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});
