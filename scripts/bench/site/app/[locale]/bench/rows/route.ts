import { readFileSync } from "node:fs";
import { problem } from "@/lib/api/problem";
import { getDataset } from "@/lib/data/store";
import { entitySchema } from "@/lib/domain/schema";
import { isLocale } from "@/lib/i18n/routing";
import { entityRowsOf } from "@/lib/tables/rows";
import { withSyntheticEntities } from "@/scripts/bench/synthetic";

export const dynamic = "force-dynamic";

/**
 * SYNTHETIC benchmark rows as JSON, built by the product's row builder; exists only when the bench app runs
 * with BENCH_SYNTHETIC. The rows link nowhere: their records have no pages.
 */
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
    links: { ...r.links, page: null },
  }));
  return new Response(JSON.stringify(rows), {
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}
