import { methodNotAllowed, withDataset } from "@/lib/api/handler";
import { searchResponse } from "@/lib/api/search";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withDataset((ds) => searchResponse(request, ds));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
