"use client";

import { Suspense } from "react";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { getPathname, usePathname } from "@/lib/i18n/navigation";
import { LOCALES, type Locale } from "@/lib/domain/codes";
import { NATIVE_OUTLINES, OUTLINE_EM } from "./native-names";

/**
 * Each language's own name. Korean and Chinese are drawn as outlines (scripts/make-native-names.mjs): as
 * text they made the browser look up a fallback font for each language on every page's first layout.
 * The link's accessible name is the text itself, marked with its language for screen readers.
 */
function NativeName({ locale }: { locale: Locale }) {
  if (locale === "en") return "English";
  const outline = NATIVE_OUTLINES[locale];
  return (
    <svg
      aria-hidden
      viewBox={`0 0 ${outline.width} ${OUTLINE_EM}`}
      className="inline-block h-[1em] fill-current align-[-0.12em]"
      style={{ width: `${outline.width / OUTLINE_EM}em` }}
    >
      <path d={outline.d} />
    </svg>
  );
}

/** Switches language on the same page, keeping the filters and sort in the query string. */
export function LocaleSwitcher({ locale }: { locale: Locale }) {
  // On a prerendered page (method, sources, a figure) the query string is read in the browser: it links
  // without the query until then. The pages with a filter bar are rendered for their address
  // (app/[locale]/(site)/_views/routing.ts), so there the links come drawn with the query.
  return (
    <Suspense fallback={<Switcher locale={locale} query={{}} />}>
      <LiveSwitcher locale={locale} />
    </Suspense>
  );
}

function LiveSwitcher({ locale }: { locale: Locale }) {
  const search = useSearchParams();
  return <Switcher locale={locale} query={Object.fromEntries(search.entries())} />;
}

function Switcher({ locale, query }: { locale: Locale; query: Record<string, string> }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  return (
    <nav aria-label={t("language")}>
      <ul className="edge flex rounded-md border text-sm">
        {LOCALES.map((l) => (
          <li key={l}>
            {/* A plain link: the page loads afresh in the other language, whose whole frame (header,
                navigation, messages) differs, not only the view. */}
            <a
              href={getPathname({ href: { pathname, query }, locale: l })}
              lang={l}
              hrefLang={l}
              aria-label={l === "en" ? undefined : NATIVE_OUTLINES[l].text}
              aria-current={l === locale ? "true" : undefined}
              // Remembered for "/" (read by the proxy); set only when the reader chooses.
              onClick={() => {
                document.cookie = `NEXT_LOCALE=${l}; path=/; max-age=31536000; samesite=lax`;
              }}
              className={`block px-2.5 py-1 lg:px-2 ${l === locale ? "bg-tremor-brand text-white" : "hover-fill"}`}
            >
              <NativeName locale={l} />
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
