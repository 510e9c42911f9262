import { metaResponse } from "@/lib/api/resources";

export const dynamic = "force-dynamic";

/** Dataset version, last change, counts, and what is wrong with the files on disk; answers even with no data. */
export async function GET(request: Request): Promise<Response> {
  return metaResponse(request);
}
