import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getDataset } from "@/lib/data/store";
import { isDirectionCode } from "@/lib/domain/codes";
import { isLocale } from "@/lib/i18n/routing";
import { getDirection } from "@/lib/queries/directions";
import { isTableId } from "@/lib/tables/columns";

type Params<T> = { params: Promise<T> };

export async function directionMetadata({
  params,
}: Params<{ locale: string; code: string }>): Promise<Metadata> {
  const { locale, code } = await params;
  if (!isLocale(locale) || !isDirectionCode(code)) return {};
  const d = getDirection(getDataset(), code, locale);
  return d ? { title: d.name } : {};
}

export async function tableMetadata({
  params,
}: Params<{ locale: string; table: string }>): Promise<Metadata> {
  const { locale, table } = await params;
  if (!isLocale(locale) || !isTableId(table)) return {};
  const t = await getTranslations({ locale, namespace: "table.names" });
  return { title: t(table) };
}

/**
 * A view's metadata: its title, and for an address with a query (a filtered view, a sort) a request not to
 * index it: the default view (the canonical address the proxy names) is the page to index.
 */
export function viewMetadata<P extends { params: Promise<unknown> }>(make: (props: P) => Promise<Metadata>) {
  return async (props: P & { searchParams: Promise<Record<string, unknown>> }): Promise<Metadata> => {
    const meta = await make(props);
    const query = await props.searchParams;
    return Object.keys(query).length > 0 ? { ...meta, robots: { index: false } } : meta;
  };
}
