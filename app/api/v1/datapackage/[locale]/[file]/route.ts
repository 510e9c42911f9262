import { dataPackageFileResponse } from "@/lib/api/datapackage";
import { methodNotAllowed, withDataset } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ locale: string; file: string }> };

/** GET /api/v1/datapackage/{locale}/{file}: datapackage.json or one of its CSVs, by address. */
export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { locale, file } = await params;
  return withDataset((ds) => dataPackageFileResponse(request, ds, locale, file));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
