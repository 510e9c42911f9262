import { methodNotAllowed, withDataset } from "@/lib/api/handler";
import { listResponse } from "@/lib/api/resources";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ resource: string }> };

export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { resource } = await params;
  return withDataset((ds) => listResponse(request, ds, resource));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
