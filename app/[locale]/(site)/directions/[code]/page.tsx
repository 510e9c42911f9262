import { directionMetadata } from "../../_views/metadata";
import { directionPages } from "../../_views/direction";
import { directionParams } from "../../_views/routing";

// The default view, prerendered per language (see _views/routing.ts); filtered views are under filtered/.
export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = directionParams;
export const generateMetadata = directionMetadata;
export default directionPages.Prerendered;
