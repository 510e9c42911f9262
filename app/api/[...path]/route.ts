import { notFound, RESOURCES } from "@/lib/api/resources";

export const dynamic = "force-dynamic";

/** Any other address under /api: a 404 problem, never an HTML page. */
export async function GET(): Promise<Response> {
  return notFound("There is no such API route. The routes are listed in /api/v1/openapi.json.", [
    ...RESOURCES.map((r) => `/api/v1/${r}`),
    "/api/v1/meta",
    "/api/v1/changes",
    "/api/v1/search",
    "/api/v1/datapackage",
    "/api/v1/datapackage/{locale}/datapackage.json",
    "/api/v1/openapi.json",
    "/api/health",
  ]);
}
