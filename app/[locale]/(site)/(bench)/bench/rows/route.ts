import { readFileSync } from "node:fs";
import { problem } from "@/lib/api/problem";
import { getDataset } from "@/lib/data/store";
import { isLocale } from "@/lib/i18n/routing";
import { entitySchema } from "@/lib/domain/schema";
import { entityRowsOf } from "@/lib/tables/rows";
import { withSyntheticEntities } from "../_lib/synthetic";

export const dynamic = "force-dynamic";

/** SYNTHETIC benchmark rows as JSON; exists only when the server runs with BENCH_SYNTHETIC. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  const { locale } = await params;
  const file = process.env.BENCH_SYNTHETIC;
  if (!file || !isLocale(locale))
    return problem(404, "Not found", "The benchmark is not enabled on this server.");
  const raw: unknown = JSON.parse(readFileSync(file, "utf8"));
  const entities =
    typeof raw === "object" && raw !== null && "entities" in raw && Array.isArray(raw.entities)
      ? raw.entities.map((e: unknown) => entitySchema.parse(e))
      : [];
  const rows = entityRowsOf(withSyntheticEntities(getDataset(), entities), locale).map((r) => ({
    ...r,
    synthetic: true,
  }));
  return new Response(JSON.stringify(rows), {
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}
