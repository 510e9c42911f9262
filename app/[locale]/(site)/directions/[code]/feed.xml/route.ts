import { feedResponse } from "@/lib/api/feeds";
import { methodNotAllowed, withDataset } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ locale: string; code: string }> };

/** The change log as a feed for one direction. */
export async function GET(request: Request, { params }: Ctx): Promise<Response> {
  const { locale, code } = await params;
  return withDataset((ds) => feedResponse(request, ds, "atom", locale, code));
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
