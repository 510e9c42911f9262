import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";

const linkClass = "inline-flex min-h-10 items-center rounded-md border edge px-3 text-sm hover-fill";

/** Newer and older pages of the log; links keep the filters of the address. */
export function ChangePages({
  page,
  pages,
  from,
  to,
  hrefOf,
}: {
  page: number;
  pages: number;
  from: number;
  to: number;
  hrefOf: (page: number) => string;
}) {
  const t = useTranslations("changes");
  if (pages <= 1) return null;
  return (
    <nav
      aria-label={t("pages")}
      className="mt-6 flex flex-wrap items-center gap-3 print:hidden"
      data-testid="change-pages"
    >
      {page > 1 && (
        <Link className={linkClass} href={hrefOf(page - 1)} rel="prev">
          ← {t("newer")}
        </Link>
      )}
      <span className="text-sm">{t("pageOf", { page, pages, from, to })}</span>
      {page < pages && (
        <Link className={linkClass} href={hrefOf(page + 1)} rel="next">
          {t("older")} →
        </Link>
      )}
    </nav>
  );
}
