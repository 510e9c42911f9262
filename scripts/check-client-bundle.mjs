// Fails when server-side code or data reaches the browser: zod, the spreadsheet writer (exceljs), any text
// of the dataset, or a message catalog, in a client chunk.
// Run after `next build`; part of `npm test`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.join(process.cwd(), ".next", "static");
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith(".js")) files.push(full);
  }
})(root);
if (files.length === 0) {
  console.error(`No client chunks under ${root}: run \`npm run build\` first.`);
  process.exit(1);
}

// Strings zod's runtime always contains (issue codes and its error class).
const markers = [
  { what: "zod", text: "invalid_type" },
  { what: "zod", text: "ZodError" },
  // The XLSX answers are written on the server; the namespace every sheet exceljs writes declares.
  { what: "exceljs", text: "schemas.openxmlformats.org/spreadsheetml/2006/main" },
];
// Long free texts of the dataset: none of them belongs in code sent to every reader.
const dataDir = path.join(process.cwd(), "data");
for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".json"))) {
  const records = JSON.parse(readFileSync(path.join(dataDir, file), "utf8"));
  // Record files are arrays; release.json (fingerprints) is not.
  if (!Array.isArray(records)) continue;
  for (const record of records) {
    for (const field of ["definition", "summary", "description", "label", "title"]) {
      const value = record[field];
      const text = typeof value === "string" ? value : value?.en;
      if (typeof text === "string" && text.length >= 24) markers.push({ what: `data/${file}`, text });
    }
  }
}

// The message catalogs reach the browser only as the namespaces a page hands its client components, never
// inside code: a few of each catalog's longer plain messages stand for the whole catalog.
const catalogs = path.join(process.cwd(), "lib", "i18n", "messages");
for (const file of readdirSync(catalogs).filter((f) => f.endsWith(".json"))) {
  const plain = [];
  (function collect(node) {
    for (const value of Object.values(node)) {
      if (typeof value === "object" && value !== null) collect(value);
      else if (typeof value === "string" && value.length >= 30 && !/[{}'"\\<>]/.test(value))
        plain.push(value);
    }
  })(JSON.parse(readFileSync(path.join(catalogs, file), "utf8")));
  for (const text of plain.slice(0, 5)) markers.push({ what: `messages/${file}`, text });
}

const found = [];
for (const file of files) {
  const body = readFileSync(file, "utf8");
  for (const m of markers) {
    if (body.includes(m.text))
      found.push(`${path.relative(process.cwd(), file)}: ${m.what} ("${m.text.slice(0, 40)}")`);
  }
}
if (found.length > 0) {
  console.error(`Server-side code or data found in client chunks:\n${found.slice(0, 20).join("\n")}`);
  process.exit(1);
}
console.log(
  `Client bundle check: ${files.length} chunks, ${markers.length} markers, no zod, no exceljs, no dataset text and no message catalog.`,
);
