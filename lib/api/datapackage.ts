/**
 * The whole dataset as a Frictionless Tabular Data Package: one CSV per table (all rows, all columns,
 * column codes as headers) and a datapackage.json describing every field, unit and source.
 */
import { zipSync, strToU8 } from "fflate";
import type { Dataset } from "@/lib/data/types";
import { toCsv, type CsvFlavour } from "@/lib/format/csv";
import { translator } from "@/lib/i18n/translator";
import { pick } from "@/lib/format/localize";
import { isOneOf, LOCALES, UNITS, type Locale } from "@/lib/domain/codes";
import { matchesEtag } from "@/lib/http/validators";
import { problem } from "./problem";
import { CACHE_CONTROL, contentDisposition } from "./respond";
import { tableRows } from "@/lib/tables/rows";
import { TABLE_IDS, TABLES, type ColumnId, type ColumnSpec } from "@/lib/tables/columns";
import { rowsCsv } from "./resources";
import { unitLabel } from "@/lib/format/format";

const DESCRIPTIONS: Partial<Record<ColumnId, string>> = {
  id: "Stable identifier of the record in the tracker's data files.",
  value:
    "The figure as a raw number, in the unit given in the unit column (for units ending in -bn or -m, in billions or millions).",
  qualifier:
    "exact; over (a lower bound, e.g. 'over 2,400'); about (approximate); under (an upper bound, e.g. 'up to 100').",
  unit: "Unit code; see the package's `units` table for labels.",
  as_of: "Date the figure describes: YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives.",
  date: "Date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
  approved: "Approval date at the precision the source gives; empty if not given.",
  change:
    "Difference from the previous figure of the same series; empty when either figure is a bound ('over 250') or the series changed definition.",
  reported_growth_pct: "Growth the source itself reported for this figure, in percent (not computed by us).",
  breakdown:
    "city-wide: a figure for all of Beijing, not broken down by district; district: a district's figure; not-recorded: the district is not in our sources.",
  indicator_id: "Id of the indicator (series) the row belongs to.",
  change_pct: "Change in percent of the previous figure of the same series.",
  confidence:
    "high: official or first-hand outlet; medium: reprint, secondary site or ambiguous wording; secondary: only a reprint on an unrelated site.",
  status: "planned, pilot, commercial-pilot, in-operation or completed.",
  source: "Publisher of the source; details in sources.csv.",
  source_url: "Link to the source, or to the reprint it was retrieved from.",
  denominator: "Total the value is a part of (e.g. 24 in '10 of 24').",
  districts:
    "Districts the figure or measure is broken down to; empty means all of Beijing / not broken down.",
  district: "District of the figure; empty means all of Beijing / not broken down by district.",
};

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

function fieldType(c: ColumnSpec): { type: string; format?: string } {
  if (c.type === "number") return { type: "number" };
  if (c.type === "url") return { type: "string", format: "uri" };
  return { type: "string" };
}

/**
 * The package in one language. Machine flavour: values untouched. Spreadsheet flavour (?for=excel): the
 * same files with a byte-order mark and the formula guard, headers still the field codes of datapackage.json.
 */
export function buildDataPackage(
  ds: Dataset,
  locale: Locale,
  flavour: CsvFlavour = "machine",
  now = new Date(),
): Uint8Array {
  const t = translator(locale);
  const files: Record<string, Uint8Array> = {};
  const resources: Record<string, unknown>[] = TABLE_IDS.map((id) => {
    const spec = TABLES[id];
    // The same rows and machine CSV as the API's list of this table.
    const csv = rowsCsv(id, tableRows(ds, id, locale), flavour, locale, "codes");
    files[`${id}.csv`] = strToU8(csv);
    return {
      name: id,
      title: t(`table.names.${id}`),
      path: `${id}.csv`,
      ...csvResource(flavour),
      schema: {
        fields: spec.columns.map((c) => ({
          name: c.id,
          title: t(`columns.${c.id}`),
          ...fieldType(c),
          ...(DESCRIPTIONS[c.id] ? { description: DESCRIPTIONS[c.id] } : {}),
        })),
        primaryKey: "id",
      },
    };
  });
  const unitsCsv = toCsv(
    ["code", "label"],
    UNITS.map((u) => [u, unitLabel(u, locale)]),
    flavour,
  );
  files["units.csv"] = strToU8(unitsCsv);
  resources.push({
    name: "units",
    title: t("columns.unit"),
    path: "units.csv",
    ...csvResource(flavour),
    schema: {
      fields: [
        { name: "code", title: "code", type: "string", description: "Unit code used in the unit columns." },
        { name: "label", title: t("columns.unit"), type: "string", description: `Unit label in ${locale}.` },
      ],
      primaryKey: "code",
    },
  });
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
  return zipSync(files, { level: 6 });
}

const packages = new WeakMap<Dataset, Map<string, { zip: Uint8Array; etag: string }>>();

/**
 * GET /api/v1/datapackage?locale=en[&for=excel]: built once per dataset version, language and flavour,
 * with an ETag, so a client that has it gets a 304.
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
  if (!isOneOf(LOCALES, locale))
    return problem(400, "Invalid query", `"${locale}" is not a supported language.`, {
      parameter: "locale",
      allowed: [...LOCALES],
    });
  const forParam = params.get("for");
  if (forParam !== null && forParam !== "excel")
    return problem(400, "Invalid query", "for must be excel (a package for spreadsheets).", {
      parameter: "for",
      allowed: ["excel"],
    });
  const flavour: CsvFlavour = forParam === "excel" ? "people" : "machine";
  let cache = packages.get(ds);
  if (!cache) {
    cache = new Map();
    packages.set(ds, cache);
  }
  const key = `${locale}|${flavour}`;
  let built = cache.get(key);
  if (!built) {
    built = { zip: buildDataPackage(ds, locale, flavour), etag: `"pkg-${ds.version}-${locale}-${flavour}"` };
    cache.set(key, built);
  }
  const headers = {
    etag: built.etag,
    "cache-control": CACHE_CONTROL,
    "content-disposition": contentDisposition(
      `beijing-ai-policy-tracker_${ds.version}_${locale}${flavour === "people" ? "_excel" : ""}.zip`,
    ),
  };
  if (matchesEtag(request.headers.get("if-none-match"), built.etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Blob([built.zip.slice().buffer]), {
    headers: { "content-type": "application/zip", ...headers },
  });
}
