/**
 * The whole dataset as a Frictionless Tabular Data Package: one CSV per table (all rows, all columns,
 * column codes as headers) and a datapackage.json describing every field, unit and source.
 */
import { zipSync, strToU8 } from "fflate";
import type { Dataset } from "@/lib/data/types";
import { toCsv } from "@/lib/format/csv";
import { translator } from "@/lib/i18n/translator";
import { pick } from "@/lib/format/localize";
import { UNITS, type Locale } from "@/lib/domain/codes";
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

/** What every table resource in the package has in common. */
const CSV_RESOURCE = {
  profile: "tabular-data-resource",
  format: "csv",
  mediatype: "text/csv",
  encoding: "utf-8",
  dialect: DIALECT,
};

function fieldType(c: ColumnSpec): { type: string; format?: string } {
  if (c.type === "number") return { type: "number" };
  if (c.type === "url") return { type: "string", format: "uri" };
  return { type: "string" };
}

export function buildDataPackage(ds: Dataset, locale: Locale, now = new Date()): Uint8Array {
  const t = translator(locale);
  const files: Record<string, Uint8Array> = {};
  const resources: Record<string, unknown>[] = TABLE_IDS.map((id) => {
    const spec = TABLES[id];
    // The same rows and machine CSV as the API's list of this table.
    const csv = rowsCsv(id, tableRows(ds, id, locale));
    files[`${id}.csv`] = strToU8(csv);
    return {
      name: id,
      title: t(`table.names.${id}`),
      path: `${id}.csv`,
      ...CSV_RESOURCE,
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
    "machine",
  );
  files["units.csv"] = strToU8(unitsCsv);
  resources.push({
    name: "units",
    title: t("columns.unit"),
    path: "units.csv",
    ...CSV_RESOURCE,
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
