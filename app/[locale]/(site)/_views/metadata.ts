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

/** The metadata of a page's on-demand variant: the same title, and not to be indexed (its address has a query). */
export function noIndex<P>(make: (props: P) => Promise<Metadata>) {
  return async (props: P): Promise<Metadata> => ({ ...(await make(props)), robots: { index: false } });
}
