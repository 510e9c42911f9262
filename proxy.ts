import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Redirects "/" and unprefixed paths to a locale chosen from the cookie or Accept-Language (English by default).
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
