/** What the rows of every table share: rounding, a source's link, how a record relates to districts. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { Facets } from "@/lib/filter/filter";
import { pick } from "@/lib/format/localize";
import { perLocale } from "@/lib/queries/refs";
import type { SourceRef } from "@/lib/queries/views";
import type { Breakdown } from "./row";

export const round1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);

export const linkOf = (s: Pick<SourceRef, "url" | "retrievedFrom">) => s.url ?? s.retrievedFrom;

export const breakdownOf = (facets: Facets): Breakdown =>
  facets.districts === null ? "city-wide" : "district";

const namesOf = perLocale(
  (ds: Dataset, locale: Locale): ReadonlyMap<string, string> =>
    new Map(ds.directions.map((d) => [d.code, pick(d.name, locale)])),
);

/** The directions' names in the reader's language, looked up by code (the code itself if unknown). */
export function directionNamer(ds: Dataset, locale: Locale): (code: string) => string {
  const names = namesOf(ds, locale);
  return (code) => names.get(code) ?? code;
}
