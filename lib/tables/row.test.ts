import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterArbitrary } from "@/lib/test/arbitraries";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { LOCALES } from "@/lib/domain/codes";
import { TABLE_IDS } from "./columns";
import { packRows, unpackRows } from "./row";
import { tableRows } from "./rows";

const ds = fixtureDataset();

describe("rows packed for the browser", () => {
  it("come back exactly as the server built them, for every table, language and filter", () => {
    fc.assert(
      fc.property(
        filterArbitrary(ds),
        fc.constantFrom(...TABLE_IDS),
        fc.constantFrom(...LOCALES),
        (filter, table, locale) => {
          const rows = tableRows(ds, table, locale, filter);
          expect(unpackRows(packRows(rows))).toStrictEqual(rows);
        },
      ),
      { numRuns: 80 },
    );
  });
});
