import { titleFrom } from "@/lib/i18n/metadata";
import { viewMetadata } from "../_views/metadata";
import { comparePage } from "../_views/compare";

// One page for the default view and every filtered one, rendered for its address (see _views/routing.ts).
export const dynamic = "force-dynamic";
export const generateMetadata = viewMetadata(titleFrom("compare"));
export default comparePage;
