import { problem } from "@/lib/api/problem";
import { buildDataPackage } from "@/lib/api/datapackage";
import { getDataset } from "@/lib/data/store";
import { isLocale } from "@/lib/i18n/routing";
import { LOCALES } from "@/lib/domain/codes";

export const dynamic = "force-dynamic";
export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
} from "@/lib/api/handler";

/** GET /api/v1/datapackage?locale=en — the whole dataset as a ZIP of CSVs plus datapackage.json. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  for (const key of params.keys()) {
    if (key !== "locale")
      return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
        parameter: key,
        allowed: ["locale"],
      });
  }
  const locale = params.get("locale") ?? "en";
  if (!isLocale(locale)) {
    return problem(400, "Invalid parameter", `"${locale}" is not a supported language.`, {
      parameter: "locale",
      allowed: [...LOCALES],
    });
  }
  const ds = getDataset();
  const zip = buildDataPackage(ds, locale);
  return new Response(new Blob([zip.slice().buffer]), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="beijing-ai-policy-tracker_${ds.version}_${locale}.zip"`,
      "cache-control": "public, max-age=60, must-revalidate",
      etag: `"pkg-${ds.version}-${locale}"`,
    },
  });
}
