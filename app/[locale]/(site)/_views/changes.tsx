import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { ChangeList } from "@/components/changes/change-list";
import { ChangePages } from "@/components/changes/change-pages";
import { FeedLinks } from "@/components/changes/feed-links";
import { IndicatorFilter } from "@/components/changes/indicator-filter";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar } from "@/components/filters/filter-bar";
import { getDataset } from "@/lib/data/store";
import type { Locale } from "@/lib/domain/codes";
import { getFilterOptions, urlContext } from "@/lib/filter/options";
import {
  checkView,
  INDICATOR_PARAM,
  PAGE_PARAM,
  serverQuery,
  TECHNICAL_PARAM,
} from "@/lib/filter/search-params";
import { Link } from "@/lib/i18n/navigation";
import { changedIndicators, changeViews, isTechnical } from "@/lib/changes/log";
import { byLocale, viewPage } from "./pages";

/** Entries per page: the whole log on one page would weigh over a megabyte. */
export const CHANGES_PAGE_SIZE = 50;

/** The dimensions of the shared filter bar that apply to the log (indicator has its own control). */
const DIMENSIONS = ["direction"] as const;

export async function ChangesView({ locale, query }: { locale: Locale; query: SearchParams }) {
  const t = await getTranslations({ locale, namespace: "changes" });
  const ds = getDataset();
  const { view } = checkView(query, urlContext(ds));
  const indicators = changedIndicators(ds, locale);
  const asked = query[INDICATOR_PARAM];
  const indicator = typeof asked === "string" && indicators.some((i) => i.id === asked) ? asked : null;
  const all = changeViews(ds, locale, { directions: view.filter.directions, indicator });
  // Changes to identifiers only are kept (API, feeds) but shown on request.
  const withTechnical = query[TECHNICAL_PARAM] === "1";
  const technical = all.filter(isTechnical).length;
  const changes = withTechnical ? all : all.filter((c) => !isTechnical(c));
  const pages = Math.max(1, Math.ceil(changes.length / CHANGES_PAGE_SIZE));
  const pageAsked = query[PAGE_PARAM];
  const askedPage = typeof pageAsked === "string" && /^\d{1,4}$/.test(pageAsked) ? Number(pageAsked) : 1;
  const page = Math.min(Math.max(askedPage, 1), pages);
  const shown = changes.slice((page - 1) * CHANGES_PAGE_SIZE, page * CHANGES_PAGE_SIZE);
  const dayTotals = new Map<string, number>();
  for (const c of changes) dayTotals.set(c.date, (dayTotals.get(c.date) ?? 0) + 1);
  const hrefOf = (n: number, technicalShown = withTechnical) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(query))
      if (typeof v === "string" && k !== PAGE_PARAM && k !== TECHNICAL_PARAM) next.set(k, v);
    if (technicalShown) next.set(TECHNICAL_PARAM, "1");
    if (n > 1) next.set(PAGE_PARAM, String(n));
    const q = next.toString();
    // In the reader's language: the Link adds it.
    return `/changes${q ? `?${q}` : ""}`;
  };
  const single = view.filter.directions.length === 1 ? (view.filter.directions[0] ?? null) : null;
  return (
    <div>
      <PageHeader title={t("title")} intro={t("intro")}>
        <div className="mt-3">
          <FeedLinks locale={locale} direction={single} />
        </div>
      </PageHeader>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="min-w-0 flex-1">
          <FilterBar
            dimensions={DIMENSIONS}
            options={getFilterOptions(ds, locale)}
            rendered={serverQuery(query)}
          />
        </div>
      </div>
      <div className="mb-4 flex flex-wrap items-end gap-4 print:hidden">
        <IndicatorFilter options={indicators} label={t("indicatorLabel")} all={t("allIndicators")} />
        <p className="text-sm" role="status" data-testid="change-count">
          {t("count", { count: changes.length })}
        </p>
        {technical > 0 && (
          <Link
            href={hrefOf(1, !withTechnical)}
            className="text-sm font-medium text-tremor-brand underline-offset-2 hover:underline dark:text-dark-tremor-brand"
            data-testid="toggle-technical"
          >
            {withTechnical ? t("hideTechnical") : t("showTechnical", { count: technical })}
          </Link>
        )}
      </div>
      <p className="ink mb-6 max-w-3xl text-xs">{t("filtersNote")}</p>
      {changes.length === 0 ? (
        <p className="edge rounded-md border border-dashed p-4 text-sm">{t("empty")}</p>
      ) : (
        <>
          <ChangeList changes={shown} dayTotals={dayTotals} />
          <ChangePages
            page={page}
            pages={pages}
            from={(page - 1) * CHANGES_PAGE_SIZE + 1}
            to={(page - 1) * CHANGES_PAGE_SIZE + shown.length}
            hrefOf={hrefOf}
          />
        </>
      )}
    </div>
  );
}

export const changesPage = viewPage(ChangesView, byLocale);
