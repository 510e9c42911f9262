import { titleFrom } from "@/lib/i18n/metadata";
import { changesPages } from "../_views/changes";
import { localeParams } from "../_views/routing";

// The default view, prerendered per language (see _views/routing.ts); filtered views are under filtered/.
export const dynamic = "force-static";
export const revalidate = 300;
export const generateStaticParams = localeParams;
export const generateMetadata = titleFrom("changes");
export default changesPages.Prerendered;
