import { titleFrom } from "@/lib/i18n/metadata";
import { noIndex } from "../../_views/metadata";
import { documentsPages } from "../../_views/documents";

// This page with a query string, rendered on demand (the proxy rewrites it here).
export const dynamic = "force-dynamic";
export const generateMetadata = noIndex(titleFrom("documents"));
export default documentsPages.OnDemand;
