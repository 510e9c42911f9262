import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { SearchResults as Results } from "@/lib/search/search";

/** Every result of a search, grouped by kind, as links: the search page (no JavaScript needed). */
export function SearchResultList({ results }: { results: Results }) {
  const t = useTranslations("search");
  if (results.total === 0) return <p className="text-sm">{t("none", { q: results.q })}</p>;
  return (
    <div className="space-y-6" data-testid="search-page-results">
      <p className="text-sm" role="status">
        {t("results", { count: results.total })}
      </p>
      {results.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`search-${g.kind}`}>
          <h2 id={`search-${g.kind}`} className="ink-strong text-lg font-semibold">
            {t(`kinds.${g.kind}`)} ({g.total})
          </h2>
          <ul className="mt-2 divide-y divide-tremor-border dark:divide-dark-tremor-border">
            {g.results.map((r) => (
              <li key={r.id} className="py-2">
                <Link href={r.href} className="link-dotted font-medium">
                  {r.title}
                </Link>
                {r.detail && <p className="ink text-xs">{r.detail}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
