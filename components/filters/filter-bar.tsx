"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { Filter } from "@/lib/filter/filter";
import type { FilterDimension } from "@/lib/tables/types";
import { parseViewState, serializeViewState, type UrlContext, type ViewState } from "@/lib/filter/url-state";
import { useQueryWriter } from "@/lib/filter/url-nav";
import { MultiSelect, type Option } from "./multi-select";
import { UrlNotices } from "./url-notices";

export interface FilterOptions {
  districts: Option[];
  sectors: Option[];
  directions: Option[];
  statuses: Option[];
  years: Option[];
}

const FIELD: Record<FilterDimension, keyof FilterOptions> = {
  district: "districts",
  sector: "sectors",
  direction: "directions",
  status: "statuses",
  year: "years",
};

function selectedOf(filter: Filter, dim: FilterDimension): string[] {
  switch (dim) {
    case "district":
      return filter.districts;
    case "sector":
      return filter.sectors;
    case "direction":
      return filter.directions;
    case "status":
      return filter.statuses;
    case "year":
      return filter.years.map(String);
  }
}

function withDimension(state: ViewState, dim: FilterDimension, values: string[]): ViewState {
  const f = { ...state.filter };
  if (dim === "district") f.districts = values;
  if (dim === "sector") f.sectors = values;
  if (dim === "direction") f.directions = values as Filter["directions"];
  if (dim === "status") f.statuses = values as Filter["statuses"];
  if (dim === "year") f.years = values.map(Number);
  return { ...state, filter: f };
}

/**
 * The one filter bar: the same on the overview, the direction pages and the tables. It edits the URL;
 * the page reads the URL. Active filters show as removable chips; URL values that are not valid are
 * listed in a notice and dropped.
 */
export function FilterBar({
  dimensions,
  options,
  mode,
  columns,
}: {
  dimensions: FilterDimension[];
  options: FilterOptions;
  mode: "server" | "client";
  /** Column ids of the table on the page, so sort/hide values in the URL can be checked too. */
  columns?: string[];
}) {
  const t = useTranslations("filters");
  const { search, write, pending } = useQueryWriter(mode);
  const ctx: UrlContext = useMemo(
    () => ({
      districts: options.districts.map((o) => o.value),
      sectors: options.sectors.map((o) => o.value),
      years: options.years.map((o) => Number(o.value)),
      columns,
    }),
    [options, columns],
  );
  const { state, notices } = useMemo(() => parseViewState(search, ctx), [search, ctx]);
  const apply = (next: ViewState) => write(serializeViewState(next, search));
  const chips = dimensions.flatMap((dim) =>
    selectedOf(state.filter, dim).map((value) => ({
      dim,
      value,
      label: options[FIELD[dim]].find((o) => o.value === value)?.label ?? value,
    })),
  );

  return (
    <div
      className="mb-6 rounded-tremor-default border border-tremor-border bg-white p-3 dark:border-dark-tremor-border dark:bg-dark-tremor-background"
      data-testid="filter-bar"
      aria-busy={pending}
    >
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t("label")}>
        <span className="mr-1 text-sm font-medium">{t("label")}</span>
        {dimensions.map((dim) => (
          <MultiSelect
            key={dim}
            testId={`filter-${dim}`}
            label={t(`dimension.${dim}`)}
            options={options[FIELD[dim]]}
            selected={selectedOf(state.filter, dim)}
            onChange={(values) => apply(withDimension(state, dim, values))}
          />
        ))}
        {pending && (
          <span role="status" className="text-xs text-tremor-content dark:text-dark-tremor-content">
            {t("updating")}
          </span>
        )}
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
                  apply(
                    withDimension(
                      state,
                      c.dim,
                      selectedOf(state.filter, c.dim).filter((v) => v !== c.value),
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
          <li>
            <button
              type="button"
              onClick={() =>
                apply({
                  ...state,
                  filter: {
                    districts: [],
                    sectors: [],
                    directions: [],
                    statuses: [],
                    years: [],
                    q: state.filter.q,
                  },
                })
              }
              className="text-xs font-medium text-tremor-brand underline dark:text-dark-tremor-brand"
            >
              {t("clearAll")}
            </button>
          </li>
        </ul>
      )}
      <UrlNotices
        notices={notices}
        onClean={() => write(serializeViewState(state, search), { replace: true })}
      />
    </div>
  );
}
