import { titleFrom } from "@/lib/i18n/metadata";
import { noIndex } from "../../_views/metadata";
import { changesPages } from "../../_views/changes";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(titleFrom("changes"));
export default changesPages.OnDemand;
