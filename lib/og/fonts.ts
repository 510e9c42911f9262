/**
 * Fonts for share images, from the Noto Sans packages on npm (no network): the Latin subset, and only the
 * Chinese or Korean subsets that hold the characters of the text drawn. Fontsource splits each font into
 * subsets by unicode-range; its CSS says which file covers which characters. Server only.
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

type Weight = 400 | 700;
export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

interface Subset {
  file: string;
  ranges: [number, number][];
}

const PACKAGES = { sc: "noto-sans-sc", kr: "noto-sans-kr" } as const;
type Pack = keyof typeof PACKAGES;

// Read at run time from the installed packages: nothing here is for the bundler to trace.
const dirOf = (pack: Pack) =>
  path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", PACKAGES[pack]);

const subsetCache = new Map<string, Subset[]>();
function subsets(pack: Pack, weight: Weight): Subset[] {
  const key = `${pack}-${weight}`;
  const cached = subsetCache.get(key);
  if (cached) return cached;
  const cssFile = path.join(/* turbopackIgnore: true */ dirOf(pack), `${weight}.css`);
  const css = readFileSync(/* turbopackIgnore: true */ cssFile, "utf8");
  const found: Subset[] = [];
  for (const block of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((r): [number, number] => {
      const [lo, hi] = r.trim().replace(/^U\+/i, "").split("-");
      const a = parseInt(lo ?? "0", 16);
      return [a, hi ? parseInt(hi, 16) : a];
    });
    found.push({ file, ranges });
  }
  subsetCache.set(key, found);
  return found;
}

const fileCache = new Map<string, ArrayBuffer>();
function load(pack: Pack, file: string): ArrayBuffer {
  const key = `${pack}/${file}`;
  let data = fileCache.get(key);
  if (!data) {
    const fontFile = path.join(/* turbopackIgnore: true */ dirOf(pack), "files", file);
    const buf = readFileSync(/* turbopackIgnore: true */ fontFile);
    data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    fileCache.set(key, data);
  }
  return data;
}

/**
 * The font files a text needs, each subset its own family (satori keeps one font per name, weight and
 * style), and the CSS font-family that lists them all so that each character finds its subset.
 */
export function fontsFor(text: string, locale: "en" | "ko" | "zh"): { fonts: OgFont[]; family: string } {
  // Korean pages draw Hangul (and their Hanja) in the Korean design, the others in the Chinese one.
  const pack: Pack = locale === "ko" ? "kr" : "sc";
  const codes = new Set([...text].map((c) => c.codePointAt(0) ?? 0));
  const fonts: OgFont[] = [];
  const names = new Set<string>();
  for (const weight of [400, 700] as const) {
    const needed = subsets(pack, weight).filter(
      (s) =>
        /-latin-\d/.test(s.file) ||
        [...codes].some((c) => c > 0x2e7f && s.ranges.some(([a, b]) => c >= a && c <= b)),
    );
    for (const s of needed) {
      // One family per subset, the same for both weights: "noto-sans-sc-12-400-normal.woff" → "og-12".
      const name = `og-${s.file.replace(/^noto-sans-(sc|kr)-/, "").replace(/-\d00-normal\.woff$/, "")}`;
      names.add(name);
      fonts.push({ name, data: load(pack, s.file), weight, style: "normal" });
    }
  }
  return { fonts, family: [...names].join(", ") };
}
