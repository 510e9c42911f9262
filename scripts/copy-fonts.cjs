// Copies the CJK fallback web fonts (Noto Sans SC and KR, 400 weight, split by unicode-range into small
// files) from their npm packages into public/fonts/, with one stylesheet per language. A Chinese page links
// /fonts/zh.css, a Korean page /fonts/ko.css, an English page neither; a browser downloads only the pieces
// holding characters the page shows, and only when the reader's system has no CJK font of its own.
// Run by next.config.js at build and start, so nothing generated is committed.
const fs = require("node:fs");
const path = require("node:path");

const FONTS = [
  { lang: "zh", pkg: "@fontsource/noto-sans-sc" },
  { lang: "ko", pkg: "@fontsource/noto-sans-kr" },
];

function copyFonts(root = process.cwd()) {
  const out = path.join(root, "public", "fonts");
  for (const { lang, pkg } of FONTS) {
    const dir = path.join(root, "node_modules", pkg);
    const cssIn = path.join(dir, "400.css");
    if (!fs.existsSync(cssIn)) continue;
    const target = path.join(out, lang);
    fs.mkdirSync(target, { recursive: true });
    // Only the woff2 files (every browser we support reads woff2); the CSS points at them.
    const css = fs
      .readFileSync(cssIn, "utf8")
      .replace(/,\s*url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, "")
      .replace(/url\(\.\/files\//g, `url(/fonts/${lang}/`);
    const cssOut = path.join(out, `${lang}.css`);
    if (fs.existsSync(cssOut) && fs.readFileSync(cssOut, "utf8") === css) continue;
    for (const file of fs.readdirSync(path.join(dir, "files"))) {
      if (file.endsWith("-400-normal.woff2"))
        fs.copyFileSync(path.join(dir, "files", file), path.join(target, file));
    }
    fs.writeFileSync(cssOut, css);
  }
}

module.exports = { copyFonts };
if (require.main === module) copyFonts();
