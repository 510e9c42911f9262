"use client";

import { useTranslations } from "next-intl";
import {
  EMPTY_FILTER,
  FILTER_FIELD,
  valuesOf,
  withValues,
  type Filter,
  type FilterDimension,
} from "@/lib/filter/filter";
import type { UrlNotice } from "@/lib/filter/search-params";
import type { FilterOptions } from "@/lib/filter/options";
import { MultiSelect } from "./multi-select";
import { UrlNotices } from "./url-notices";
import { useFilter, useUrlNotices } from "./use-view-filter";

/**
 * The one filter bar: the same on the overview, the direction pages and the tables. It edits the address;
 * the page reads the address. Active filters show as removable chips; values in a link that are not valid
 * are listed in a notice and dropped.
 */
interface FilterBarProps {
  dimensions: readonly FilterDimension[];
  options: FilterOptions;
  /** Column ids of the table on the page, so sort and hide values in the link are checked too. */
  columns?: readonly string[];
  /** The query the server drew this view for (`serverQuery`), shown as `data-rendered` for tests. */
  rendered?: string;
  /**
   * The browser filters the rows itself (the benchmark table): a change only writes the address, instead
   * of asking the server for the page's new view.
   */
  browserOnly?: boolean;
}

export function FilterBar(props: FilterBarProps) {
  const { filter, setFilter, pending } = useFilter(props.options, !props.browserOnly);
  const { notices, clean } = useUrlNotices(props.options, props.columns);
  return (
    <FilterBarView
      {...props}
      filter={filter}
      setFilter={setFilter}
      pending={pending}
      notices={notices}
      clean={clean}
    />
  );
}

function FilterBarView({
  dimensions,
  rendered,
  options,
  filter,
  setFilter,
  pending,
  notices,
  clean,
}: FilterBarProps & {
  filter: Filter;
  setFilter: (next: Filter) => void;
  pending: boolean;
  notices: UrlNotice[];
  clean: () => void;
}) {
  const t = useTranslations("filters");
  const chips = dimensions.flatMap((dim) =>
    valuesOf(filter, dim).map((value) => ({
      dim,
      value,
      label: options[FILTER_FIELD[dim]].find((o) => o.value === value)?.label ?? value,
    })),
  );
  const empty: Filter = { ...EMPTY_FILTER, q: filter.q };

  return (
    <div
      className="edge mb-6 rounded-tremor-default border bg-white p-3 dark:bg-dark-tremor-background print:border-0 print:p-0"
      data-testid="filter-bar"
      data-rendered={rendered}
      aria-busy={pending}
    >
      <div className="flex flex-wrap items-center gap-2 print:hidden" role="group" aria-label={t("label")}>
        <span className="mr-1 text-sm font-medium">{t("label")}</span>
        {dimensions.map((dim) => (
          <MultiSelect
            key={dim}
            testId={`filter-${dim}`}
            label={t(`dimension.${dim}`)}
            options={options[FILTER_FIELD[dim]]}
            selected={valuesOf(filter, dim)}
            onChange={(values) => setFilter(withValues(filter, dim, values))}
          />
        ))}
        <span role="status" className="ink text-xs">
          {pending ? t("updating") : ""}
        </span>
      </div>
      {chips.length > 0 && (
        <ul
          className="mt-3 flex flex-wrap items-center gap-2"
          aria-label={t("active")}
          data-testid="filter-chips"
        >
          {chips.map((c) => (
            <li key={`${c.dim}:${c.value}`}>
              <button
                type="button"
                onClick={() =>
                  setFilter(
                    withValues(
                      filter,
                      c.dim,
                      valuesOf(filter, c.dim).filter((v) => v !== c.value),
                    ),
                  )
                }
                aria-label={t("remove", { filter: `${t(`dimension.${c.dim}`)}: ${c.label}` })}
                className="flex items-center gap-1 rounded-full border border-tremor-brand-muted bg-tremor-brand-faint px-2.5 py-0.5 text-xs text-tremor-brand-emphasis hover:bg-tremor-brand-muted dark:border-dark-tremor-brand-muted dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
              >
                {t(`dimension.${c.dim}`)}: {c.label}
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
          <li className="print:hidden">
            <button
              type="button"
              onClick={() => setFilter(empty)}
              className="text-xs font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
            >
              {t("clearAll")}
            </button>
          </li>
        </ul>
      )}
      <UrlNotices notices={notices} onClean={clean} />
    </div>
  );
}
