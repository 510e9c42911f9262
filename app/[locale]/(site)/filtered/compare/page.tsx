import { titleFrom } from "@/lib/i18n/metadata";
import { noIndex } from "../../_views/metadata";
import { comparePages } from "../../_views/compare";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(titleFrom("compare"));
export default comparePages.OnDemand;
