import { titleFrom } from "@/lib/i18n/metadata";
import { viewMetadata } from "../_views/metadata";
import { documentsPage } from "../_views/documents";

// One page for the default view and every filtered one, rendered for its address (see _views/routing.ts).
export const dynamic = "force-dynamic";
export const generateMetadata = viewMetadata(titleFrom("documents"));
export default documentsPage;
