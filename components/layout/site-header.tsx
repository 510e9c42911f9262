import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/codes";
import { Link } from "@/lib/i18n/navigation";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";
import { SearchDialog } from "@/components/search/search-dialog";
import { SEARCH_KEYS_SCRIPT } from "@/components/search/search-keys";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  return (
    <header className="edge relative z-30 border-b bg-white/90 backdrop-blur lg:sticky lg:top-0 dark:bg-gray-950/90 print:border-0">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6 lg:gap-x-4 lg:px-8">
        <Link href="/" className="ink-strong flex items-center gap-2 font-semibold">
          <span
            aria-hidden
            className="grid h-7 w-7 place-items-center rounded-md bg-tremor-brand text-xs font-bold text-white"
          >
            AI
          </span>
          <span>{t("brand")}</span>
        </Link>
        <NavLinks
          items={[
            { href: "/", label: t("nav.overview") },
            { href: "/directions/innovation", label: t("nav.directions"), prefix: "/directions" },
            { href: "/tables/indicators", label: t("nav.tables"), prefix: "/tables" },
            { href: "/documents", label: t("nav.documents") },
            { href: "/compare", label: t("nav.compare") },
            { href: "/sources", label: t("nav.sources") },
            { href: "/changes", label: t("nav.changes") },
            { href: "/method", label: t("nav.method") },
          ]}
          label={t("nav.label")}
          menuLabel={t("nav.menu")}
        />
        <div className="flex w-full items-center justify-end gap-2 lg:ml-auto lg:w-auto print:hidden">
          {/* "/" and Ctrl/⌘-K work from the moment the header is parsed, before the page's script runs. */}
          <script dangerouslySetInnerHTML={{ __html: SEARCH_KEYS_SCRIPT }} />
          <SearchDialog />
          <LocaleSwitcher locale={locale} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
