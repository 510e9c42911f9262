import { methodNotAllowed, withDataset } from "@/lib/api/handler";
import { openApi } from "@/lib/api/openapi";
import { json } from "@/lib/api/respond";
import { bodyCache } from "@/lib/api/cache";
import { problem } from "@/lib/api/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return withDataset((ds) => {
    const key = [...new URL(request.url).searchParams.keys()][0];
    if (key !== undefined)
      return problem(400, "Unknown parameter", `"${key}" is not a parameter of this resource.`, {
        parameter: key,
        allowed: [],
      });
    return json(
      request,
      bodyCache(ds, "openapi", () => ({ body: JSON.stringify(openApi(ds)) })),
    );
  });
}

export {
  methodNotAllowed as POST,
  methodNotAllowed as PUT,
  methodNotAllowed as PATCH,
  methodNotAllowed as DELETE,
};
