import { citationResponse } from "@/lib/api/citation";
import { methodNotAllowed, withDataset } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ resource: string; id: string }> };

export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { resource, id } = await params;
  return withDataset((ds) => citationResponse(request, ds, resource, id));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
