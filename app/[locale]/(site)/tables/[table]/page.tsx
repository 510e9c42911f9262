import { tableMetadata, viewMetadata } from "../../_views/metadata";
import { tablePage } from "../../_views/table";

// One page for the default view and every filtered one, rendered for its address (see _views/routing.ts).
export const dynamic = "force-dynamic";
export const generateMetadata = viewMetadata(tableMetadata);
export default tablePage;
