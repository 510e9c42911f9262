/** Random filters over a dataset (fast-check), for the property tests of rows and of the one truth. */
import fc from "fast-check";
import type { Dataset } from "@/lib/data/types";
import { DIRECTION_CODES } from "@/lib/domain/codes";
import type { Filter } from "@/lib/filter/filter";
import { dataYears } from "@/lib/filter/options";

/** Up to three of the values, in their order. */
export const sub = <T>(list: readonly T[]) => fc.subarray([...list], { maxLength: Math.min(3, list.length) });

/** A filter on the dataset's districts, sectors, directions and years (no status, progress or search). */
export function filterArbitrary(ds: Dataset): fc.Arbitrary<Filter> {
  return fc.record({
    districts: sub(ds.districts.map((d) => d.code)),
    sectors: sub(ds.sectors.map((s) => s.code)),
    directions: sub(DIRECTION_CODES),
    statuses: fc.constant([]),
    progress: fc.constant([]),
    years: sub(dataYears(ds)),
    q: fc.constant(""),
  });
}
