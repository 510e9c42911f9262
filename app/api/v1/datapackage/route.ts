import { dataPackageResponse } from "@/lib/api/datapackage";
import { withDataset } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

/** GET /api/v1/datapackage?locale=en[&for=excel]: the whole dataset as a ZIP of CSVs plus datapackage.json. */
export async function GET(request: Request): Promise<Response> {
  return withDataset((ds) => dataPackageResponse(request, ds));
}
