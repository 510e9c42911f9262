import { healthResponse } from "@/lib/api/resources";

export const dynamic = "force-dynamic";

/** 200 {"status":"up","serving":true} while data is served; 503 with "serving": false when none is loaded. */
export async function GET(request: Request): Promise<Response> {
  return healthResponse(request);
}
