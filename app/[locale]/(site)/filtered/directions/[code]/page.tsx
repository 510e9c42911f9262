import { directionMetadata, noIndex } from "../../../_views/metadata";
import { directionPages } from "../../../_views/direction";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(directionMetadata);
export default directionPages.OnDemand;
