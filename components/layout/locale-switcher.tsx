"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { LOCALES, type Locale } from "@/lib/domain/codes";

const NATIVE: Record<Locale, string> = { en: "English", ko: "한국어", zh: "中文" };

/** Switches language on the same page, keeping the filters and sort in the query string. */
export function LocaleSwitcher({ locale }: { locale: Locale }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={t("language")}>
      <ul className="flex rounded-md border border-tremor-border text-sm dark:border-dark-tremor-border">
        {LOCALES.map((l) => (
          <li key={l}>
            <Link
              href={{ pathname, query }}
              // Not prefetched: each filter change would otherwise ask the server for the page again.
              prefetch={false}
              locale={l}
              lang={l}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
              className={`block px-2.5 py-1 ${
                l === locale
                  ? "bg-tremor-brand text-white dark:bg-dark-tremor-brand"
                  : "hover:bg-tremor-background-subtle dark:hover:bg-dark-tremor-background-subtle"
              }`}
            >
              {NATIVE[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
