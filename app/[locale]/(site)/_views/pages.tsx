/**
 * The two pages of every view: the default one, prerendered (no query), and the on-demand one the proxy
 * rewrites a query string to (see routing.ts). Each route file adds only its literal segment config.
 */
import type { JSX } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { isDirectionCode, type DirectionCode, type Locale } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";
import { isTableId, type TableId } from "@/lib/tables/columns";
import { ChangesView } from "./changes";
import { CompareView } from "./compare";
import { DirectionView } from "./direction";
import { DocumentsView } from "./documents";
import { OverviewView } from "./overview";
import { TableView } from "./table";

type RouteProps<R> = { params: Promise<R>; searchParams?: Promise<SearchParams> };

/** A view's pages, given how to read its route's parameters (null: no such page, a 404). */
function viewPages<R, P extends { locale: Locale }>(
  View: (props: P & { query: SearchParams }) => Promise<JSX.Element>,
  read: (params: R) => P | null,
) {
  const render = async (props: RouteProps<R>, query: SearchParams) => {
    const p = read(await props.params);
    if (p === null) notFound();
    setRequestLocale(p.locale);
    return <View {...p} query={query} />;
  };
  return {
    Prerendered: (props: RouteProps<R>) => render(props, {}),
    OnDemand: async (props: RouteProps<R>) => render(props, (await props.searchParams) ?? {}),
  };
}

const byLocale = ({ locale }: { locale: string }) => (isLocale(locale) ? { locale } : null);

export const overviewPages = viewPages(OverviewView, byLocale);
export const documentsPages = viewPages(DocumentsView, byLocale);
export const comparePages = viewPages(CompareView, byLocale);
export const changesPages = viewPages(ChangesView, byLocale);
export const directionPages = viewPages(
  DirectionView,
  ({ locale, code }: { locale: string; code: string }): { locale: Locale; code: DirectionCode } | null =>
    isLocale(locale) && isDirectionCode(code) ? { locale, code } : null,
);
export const tablePages = viewPages(
  TableView,
  ({ locale, table }: { locale: string; table: string }): { locale: Locale; table: TableId } | null =>
    isLocale(locale) && isTableId(table) ? { locale, table } : null,
);
