/**
 * The two pages of every view: the default one, prerendered (no query), and the on-demand one the proxy
 * rewrites a query string to (see routing.ts). Each view's module makes its own pair, so that a route
 * loads only its view: a page's browser code is what its route imports, used or not.
 */
import type { JSX } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import type { Locale } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";

type RouteProps<R> = { params: Promise<R>; searchParams?: Promise<SearchParams> };

/** A view's pages, given how to read its route's parameters (null: no such page, a 404). */
export function viewPages<R, P extends { locale: Locale }>(
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

/** The parameters of a route with only a language. */
export const byLocale = ({ locale }: { locale: string }) => (isLocale(locale) ? { locale } : null);
