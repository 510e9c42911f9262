import { methodNotAllowed, withDataset } from "@/lib/api/handler";
import { openApi } from "@/lib/api/openapi";
import { json } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withDataset((ds) => json(request, openApi(ds)));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
