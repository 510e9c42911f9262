import { titleFrom } from "@/lib/i18n/metadata";
import { noIndex } from "../_views/metadata";
import { overviewPages } from "../_views/overview";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(titleFrom("overview"));
export default overviewPages.OnDemand;
