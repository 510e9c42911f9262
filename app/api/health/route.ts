import { healthResponse } from "@/lib/api/resources";
import { revalidatePagesIfDataChanged } from "@/lib/data/revalidate";

export const dynamic = "force-dynamic";

/** 200 {"status":"up","serving":true} while data is served; 503 with "serving": false when none is loaded. */
export async function GET(request: Request): Promise<Response> {
  revalidatePagesIfDataChanged();
  return healthResponse(request);
}
