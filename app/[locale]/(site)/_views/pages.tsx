/**
 * The page of every view: one module serves the default view (no query) and every filtered one, rendered
 * for the address it is asked for (see routing.ts). Each view's module makes its own page, so that a route
 * loads only its view: a page's browser code is what its route imports, used or not.
 */
import type { JSX } from "react";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import type { Locale } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";

type RouteProps<R> = { params: Promise<R>; searchParams: Promise<SearchParams> };

/** A view's page, given how to read its route's parameters (null: no such page, a 404). */
export function viewPage<R, P extends { locale: Locale }>(
  View: (props: P & { query: SearchParams }) => Promise<JSX.Element>,
  read: (params: R) => P | null,
) {
  return async function Page(props: RouteProps<R>) {
    const p = read(await props.params);
    if (p === null) notFound();
    setRequestLocale(p.locale);
    return <View {...p} query={await props.searchParams} />;
  };
}

/** The parameters of a route with only a language. */
export const byLocale = ({ locale }: { locale: string }) => (isLocale(locale) ? { locale } : null);
