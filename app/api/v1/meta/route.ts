import { metaResponse } from "@/lib/api/resources";
import { revalidatePagesIfDataChanged } from "@/lib/data/revalidate";

export const dynamic = "force-dynamic";

/** Dataset version, last change, counts, and what is wrong with the files on disk; answers even with no data. */
export async function GET(request: Request): Promise<Response> {
  revalidatePagesIfDataChanged();
  return metaResponse(request);
}
