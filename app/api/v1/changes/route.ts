import { changesResponse } from "@/lib/api/changes";
import { methodNotAllowed, withDataset } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return withDataset((ds) => changesResponse(request, ds));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
