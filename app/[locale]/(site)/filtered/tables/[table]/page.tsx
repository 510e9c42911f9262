import { tableMetadata, noIndex } from "../../../_views/metadata";
import { tablePages } from "../../../_views/table";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(tableMetadata);
export default tablePages.OnDemand;
