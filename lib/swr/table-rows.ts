/** Turns API list items back into table rows (the inverse of the API's item shape). */
import type { ColumnSpec, RowDims, TableRow } from "@/lib/tables/types";

export interface ApiItem {
  breakdown?: RowDims;
  display?: Record<string, string>;
  links?: { page: string | null; source: string | null };
  [column: string]: unknown;
}

function primitive(v: unknown): string | number | null {
  return typeof v === "string" || typeof v === "number" ? v : null;
}

export function rowsFromApi(items: readonly ApiItem[], columns: readonly ColumnSpec[]): TableRow[] {
  return items.map((it) => ({
    id: String(it.id ?? ""),
    dims: it.breakdown ?? { districts: null, sectors: null, directions: [], status: null, years: [] },
    values: Object.fromEntries(columns.map((c) => [c.id, primitive(it[c.id])])),
    display: it.display ?? {},
    href: it.links?.page ?? null,
    sourceId: it.links?.source ?? null,
  }));
}
