import { tableMetadata } from "../../_views/metadata";
import { tablePages } from "../../_views/table";
import { tableParams } from "../../_views/routing";

// The default view, prerendered per language (see _views/routing.ts); filtered views are under filtered/.
export const dynamic = "force-static";
export const revalidate = 300;
export const dynamicParams = false;
export const generateStaticParams = tableParams;
export const generateMetadata = tableMetadata;
export default tablePages.Prerendered;
