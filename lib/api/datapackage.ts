/**
 * The whole dataset as a Frictionless Tabular Data Package: one CSV per table (all rows, all columns,
 * column codes as headers), a link table per list that points to other records, the units, and a
 * datapackage.json describing every field, unit, relation and source (lib/api/package-schema.ts).
 */
import { zipSync, strToU8 } from "fflate";
import type { Dataset } from "@/lib/data/types";
import { toCsv, type CsvFlavour } from "@/lib/format/csv";
import { translator } from "@/lib/i18n/translator";
import { pick } from "@/lib/format/localize";
import { isOneOf, LOCALES, UNITS, type Locale } from "@/lib/domain/codes";
import { matchesEtag } from "@/lib/http/etags";
import { problem } from "./problem";
import { CACHE_CONTROL, contentDisposition } from "./respond";
import { tableRows } from "@/lib/tables/rows";
import { TABLE_IDS } from "@/lib/tables/columns";
import { linkRows, linkSchema, linkTables, tableSchema } from "./package-schema";
import { rowsCsv } from "./files";
import { unitLabel } from "@/lib/format/format";

/** How every CSV in the package is written (RFC 4180, as lib/csv.ts writes it). */
const DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

/** What every table resource in the package has in common (the spreadsheet flavour starts with a BOM). */
const csvResource = (flavour: CsvFlavour) => ({
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: flavour === "people" ? "utf-8-sig" : "utf-8",
  dialect: DIALECT,
});

/** One resource of the package: a CSV file and what describes it. */
function resource(name: string, title: string, flavour: CsvFlavour, schema: object) {
  return { name, title, path: `${name}.csv`, ...csvResource(flavour), schema };
}

/**
 * The package's files in one language: datapackage.json and a CSV per resource. Machine flavour: values
 * untouched. Spreadsheet flavour (?for=excel): the same files with a byte-order mark and the formula
 * guard, headers still the field codes of datapackage.json.
 */
export function dataPackageFiles(
  ds: Dataset,
  locale: Locale,
  flavour: CsvFlavour = "machine",
  now = new Date(),
): Record<string, Uint8Array> {
  const t = translator(locale);
  const files: Record<string, Uint8Array> = {};
  const resources: Record<string, unknown>[] = [];
  for (const id of TABLE_IDS) {
    // The same rows and CSV as the API's list of this table.
    const rows = tableRows(ds, id, locale);
    files[`${id}.csv`] = strToU8(rowsCsv(id, rows, flavour, locale, "codes"));
    resources.push(resource(id, t(`table.names.${id}`), flavour, tableSchema(id, locale)));
    // A list that points elsewhere also comes as a link table, one row per value, whose keys resolve.
    for (const link of linkTables(id)) {
      files[`${link.name}.csv`] = strToU8(toCsv(link.fields, linkRows(rows, link.column), flavour));
      const title = `${t(`table.names.${id}`)}: ${t(`columns.${link.column}`)}`;
      resources.push(resource(link.name, title, flavour, linkSchema(id, link, locale)));
    }
  }
  files["units.csv"] = strToU8(
    toCsv(
      ["code", "label"],
      UNITS.map((u) => [u, unitLabel(u, locale)]),
      flavour,
    ),
  );
  resources.push(
    resource("units", t("columns.unit"), flavour, {
      fields: [
        { name: "code", title: "code", type: "string", description: t("columnHelp.unit") },
        { name: "label", title: t("columns.unit"), type: "string" },
      ],
      primaryKey: "code",
    }),
  );
  const pkg = {
    profile: "tabular-data-package",
    name: "beijing-ai-policy-tracker",
    title: t("meta.title"),
    description: t("meta.description"),
    version: ds.version,
    created: now.toISOString(),
    language: locale,
    sources: ds.sources.map((s) => ({
      title: [
        s.publisher ? pick(s.publisher, locale) : t("source.publisherNotRecorded"),
        s.title ?? t("source.titleNotRecorded"),
        s.published ?? t("source.dateNotRecorded"),
      ].join(" · "),
      ...(s.url ? { path: s.url } : {}),
      description: `${pick(s.description, locale)}; confidence ${s.confidence}${s.retrievedFrom ? `; retrieved from ${s.retrievedFrom}` : ""}`,
    })),
    resources,
  };
  files["datapackage.json"] = strToU8(JSON.stringify(pkg, null, 2));
  return files;
}

interface Built {
  files: Record<string, Uint8Array>;
  zip: Uint8Array | null;
}
const packages = new WeakMap<Dataset, Map<string, Built>>();

/** The package's files, built once per dataset version, language and flavour. */
function packageOf(ds: Dataset, locale: Locale, flavour: CsvFlavour): Built {
  let cache = packages.get(ds);
  if (!cache) {
    cache = new Map();
    packages.set(ds, cache);
  }
  const key = `${locale}|${flavour}`;
  let built = cache.get(key);
  if (!built) {
    built = { files: dataPackageFiles(ds, locale, flavour), zip: null };
    cache.set(key, built);
  }
  return built;
}

function send(
  request: Request,
  body: Uint8Array,
  etag: string,
  type: string,
  extra: Record<string, string> = {},
) {
  const headers = { etag, "cache-control": CACHE_CONTROL, ...extra };
  if (matchesEtag(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Blob([body.slice().buffer]), { headers: { "content-type": type, ...headers } });
}

/**
 * GET /api/v1/datapackage?locale=en[&for=excel]: the package zipped, built once per dataset version,
 * language and flavour, with an ETag, so a client that has it gets a 304.
 */
export function dataPackageResponse(request: Request, ds: Dataset): Response {
  const params = new URL(request.url).searchParams;
  const allowed = ["locale", "for"];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!allowed.includes(key) || seen.has(key))
      return problem(
        400,
        "Invalid query",
        `"${key}" is not a parameter of this resource, or is given twice.`,
        {
          parameter: key,
          allowed,
        },
      );
    seen.add(key);
  }
  const locale = params.get("locale") ?? "en";
  if (!isOneOf(LOCALES, locale)) return unknownLocale(locale);
  const forParam = params.get("for");
  if (forParam !== null && forParam !== "excel")
    return problem(400, "Invalid query", "for must be excel (a package for spreadsheets).", {
      parameter: "for",
      allowed: ["excel"],
    });
  const flavour: CsvFlavour = forParam === "excel" ? "people" : "machine";
  const built = packageOf(ds, locale, flavour);
  built.zip ??= zipSync(built.files, { level: 6 });
  return send(request, built.zip, `"pkg-${ds.version}-${locale}-${flavour}"`, "application/zip", {
    "content-disposition": contentDisposition(
      `beijing-ai-policy-tracker_${ds.version}_${locale}${flavour === "people" ? "_excel" : ""}.zip`,
    ),
  });
}

function unknownLocale(locale: string): Response {
  return problem(400, "Invalid query", `"${locale}" is not a supported language.`, {
    parameter: "locale",
    allowed: [...LOCALES],
  });
}

/**
 * GET /api/v1/datapackage/{locale}/{file}: the package's files one by one, so a client can read the
 * package by its address (`/api/v1/datapackage/en/datapackage.json`, its CSVs resolved beside it).
 */
export function dataPackageFileResponse(
  request: Request,
  ds: Dataset,
  locale: string,
  file: string,
): Response {
  const key = [...new URL(request.url).searchParams.keys()][0];
  if (key !== undefined)
    return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
      parameter: key,
      allowed: [],
    });
  if (!isOneOf(LOCALES, locale)) return unknownLocale(locale);
  const { files } = packageOf(ds, locale, "machine");
  const body = Object.hasOwn(files, file) ? files[file] : undefined;
  if (body === undefined)
    return problem(404, "Not found", `The package has no file "${file}".`, { allowed: Object.keys(files) });
  const type = file.endsWith(".json") ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
  return send(request, body, `"pkg-${ds.version}-${locale}-${file}"`, type);
}
