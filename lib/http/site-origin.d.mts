/** Types of lib/http/site-origin.mjs (plain JavaScript, so server.mjs can check it before Next.js starts). */
export type SiteOriginResult =
  { ok: true; origin: string; configured: boolean; why: string } | { ok: false; message: string };
export function resolveSiteOrigin(env: Record<string, string | undefined>): SiteOriginResult;
