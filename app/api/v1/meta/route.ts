import { methodNotAllowed, withDataset } from "@/lib/api/handler";
import { metaResponse } from "@/lib/api/resources";

export const dynamic = "force-dynamic";

/** Dataset version, last change, counts, and the last failed update if the files on disk are invalid. */
export async function GET(request: Request): Promise<Response> {
  return withDataset((ds) => metaResponse(request, ds));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
