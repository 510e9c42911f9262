/** The columns of every table: one list that the table UI, the CSV exports and the API share. */
import type { TableId, TableSpec } from "./types";

export const TABLES: Record<TableId, TableSpec> = {
  indicators: {
    id: "indicators",
    dimensions: ["district", "sector", "direction", "year"],
    columns: [
      { id: "label", type: "text" },
      { id: "direction", type: "text" },
      { id: "value", type: "number" },
      { id: "qualifier", type: "code", hidden: true },
      { id: "unit", type: "code" },
      { id: "as_of", type: "date" },
      { id: "change", type: "number" },
      { id: "change_pct", type: "number", hidden: true },
      { id: "observations", type: "number" },
      { id: "districts", type: "text" },
      { id: "confidence", type: "confidence" },
      { id: "source", type: "source" },
      { id: "source_url", type: "url", hidden: true },
      { id: "definition", type: "text", hidden: true },
      { id: "id", type: "code", hidden: true },
    ],
  },
  observations: {
    id: "observations",
    dimensions: ["district", "sector", "direction", "year"],
    columns: [
      { id: "indicator", type: "text" },
      { id: "value", type: "number" },
      { id: "qualifier", type: "code", hidden: true },
      { id: "denominator", type: "number", hidden: true },
      { id: "unit", type: "code" },
      { id: "as_of", type: "date" },
      { id: "district", type: "text" },
      { id: "sector", type: "text" },
      { id: "direction", type: "text" },
      { id: "confidence", type: "confidence" },
      { id: "source", type: "source" },
      { id: "source_url", type: "url", hidden: true },
      { id: "note", type: "text", hidden: true },
      { id: "id", type: "code", hidden: true },
    ],
  },
  measures: {
    id: "measures",
    dimensions: ["district", "sector", "direction", "status", "year"],
    columns: [
      { id: "title", type: "text" },
      { id: "direction", type: "text" },
      { id: "kind", type: "text" },
      { id: "status", type: "status" },
      { id: "date", type: "date" },
      { id: "districts", type: "text" },
      { id: "sectors", type: "text" },
      { id: "confidence", type: "confidence" },
      { id: "source", type: "source" },
      { id: "source_url", type: "url", hidden: true },
      { id: "description", type: "text", hidden: true },
      { id: "id", type: "code", hidden: true },
    ],
  },
  entities: {
    id: "entities",
    dimensions: ["district", "sector", "direction", "year"],
    columns: [
      { id: "name", type: "text" },
      { id: "list", type: "text" },
      { id: "domain", type: "text" },
      { id: "sector", type: "text" },
      { id: "approved", type: "date" },
      { id: "district", type: "text" },
      { id: "confidence", type: "confidence" },
      { id: "source", type: "source" },
      { id: "source_url", type: "url", hidden: true },
      { id: "note", type: "text", hidden: true },
      { id: "id", type: "code", hidden: true },
    ],
  },
  sources: {
    id: "sources",
    dimensions: ["direction", "year"],
    columns: [
      { id: "publisher", type: "text" },
      { id: "title", type: "text" },
      { id: "date", type: "date" },
      { id: "kind", type: "text" },
      { id: "language", type: "code" },
      { id: "confidence", type: "confidence" },
      { id: "supports", type: "number" },
      { id: "url", type: "url" },
      { id: "retrieved_from", type: "url", hidden: true },
      { id: "id", type: "code", hidden: true },
    ],
  },
};

export function isTableId(value: string): value is TableId {
  return value in TABLES;
}

export function columnIds(table: TableId): string[] {
  return TABLES[table].columns.map((c) => c.id);
}
