import { getRequestConfig } from "next-intl/server";
import { MESSAGES } from "./messages";
import { isLocale, routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: MESSAGES[locale], timeZone: "Asia/Shanghai" };
});
