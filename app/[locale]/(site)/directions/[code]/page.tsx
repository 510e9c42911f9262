import { directionMetadata, viewMetadata } from "../../_views/metadata";
import { directionPage } from "../../_views/direction";

// One page for the default view and every filtered one, rendered for its address (see _views/routing.ts).
export const dynamic = "force-dynamic";
export const generateMetadata = viewMetadata(directionMetadata);
export default directionPage;
