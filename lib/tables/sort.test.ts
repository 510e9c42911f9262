import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import type { ColumnSpec, Primitive } from "./columns";
import type { GridRow as TableRow } from "./row";
import { narrowRows } from "./search";
import { sortRows } from "./sort";

const cols: ColumnSpec[] = [
  { id: "name", type: "text" },
  { id: "value", type: "number" },
  { id: "date", type: "date" },
];

function row(id: string, name: Primitive, value: Primitive, date: Primitive): TableRow {
  return {
    id,
    facets: { districts: null, sectors: null, directions: [], status: null, years: [] },
    notes: [],
    values: { name, value, date },
    display: {},
    links: { page: null, source: null },
  };
}

const rows = [
  row("a", "Haidian", 10, "2022"),
  row("b", null, 2, "2022-10-31"),
  row("c", "chaoyang", null, null),
  row("d", "Xicheng", -5, "2021-11"),
  row("e", "Ångström", 2, "2024"),
];
const ids = (rs: readonly TableRow[]) => rs.map((r) => r.id).join("");

describe("sortRows", () => {
  it("sorts numbers as numbers, with empty values last in both directions", () => {
    expect(ids(sortRows(rows, [{ id: "value", desc: false }], cols, "en"))).toBe("dbeac");
    expect(ids(sortRows(rows, [{ id: "value", desc: true }], cols, "en"))).toBe("abedc");
  });

  it("sorts partial dates by the day they end on", () => {
    // "2022" (whole year) comes after 31 October 2022.
    expect(ids(sortRows(rows, [{ id: "date", desc: false }], cols, "en"))).toBe("dbaec");
  });

  it("sorts text by the locale's collation, case-insensitively, empties last", () => {
    expect(ids(sortRows(rows, [{ id: "name", desc: false }], cols, "en"))).toBe("ecadb");
    expect(ids(sortRows(rows, [{ id: "name", desc: true }], cols, "en"))).toBe("daceb");
  });

  it("orders Chinese by pinyin under the zh locale", () => {
    const zh = [row("1", "朝阳区", 1, null), row("2", "海淀区", 1, null), row("3", "东城区", 1, null)];
    // chaoyang < dongcheng < haidian
    expect(ids(sortRows(zh, [{ id: "name", desc: false }], cols, "zh"))).toBe("132");
  });

  it("breaks ties with the next sort key (multi-column sort)", () => {
    const tied = [row("x", "alpha", 1, null), row("y", "beta", 1, null), row("z", "gamma", 0, null)];
    expect(
      ids(
        sortRows(
          tied,
          [
            { id: "value", desc: false },
            { id: "name", desc: true },
          ],
          cols,
          "en",
        ),
      ),
    ).toBe("zyx");
    expect(
      ids(
        sortRows(
          tied,
          [
            { id: "value", desc: false },
            { id: "name", desc: false },
          ],
          cols,
          "en",
        ),
      ),
    ).toBe("zxy");
    // An empty name stays last within the tie, whichever the direction.
    expect(
      ids(
        sortRows(
          rows,
          [
            { id: "value", desc: false },
            { id: "name", desc: true },
          ],
          cols,
          "en",
        ),
      ),
    ).toBe("debac");
  });

  it("sorts rows that are not part of the full set on their own, without dropping any", () => {
    const stranger = row("z", "Zeta", 0, null);
    const mixed = [rows[0], stranger].filter((r): r is TableRow => r !== undefined);
    expect(ids(sortRows(mixed, [{ id: "value", desc: false }], cols, "en", rows))).toBe("za");
  });

  it("sorts a filtered subset using the full set's cached order", () => {
    const subset = [rows[0], rows[3], rows[4]].filter((r): r is TableRow => r !== undefined);
    expect(ids(sortRows(subset, [{ id: "value", desc: false }], cols, "en", rows))).toBe("dea");
  });
});

describe("sortRows on many rows", () => {
  // The one-column path walks a cached order and the several-column path counts ranks; both must agree
  // with a plain stable sort, empty values last, whichever the direction and whether filtered or not.
  const value = fc.option(fc.integer({ min: -3, max: 3 }), { nil: null });
  it("agrees with a plain stable sort, for the whole set and for a filtered subset", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { maxLength: 60 }), fc.boolean(), (pairs, desc) => {
        const all = pairs.map(([v, w], i) => row(`r${i}`, w === null ? null : `n${w + 3}`, v, null));
        const expected = (rs: readonly TableRow[]) =>
          [...rs]
            .sort((a, b) => {
              const x = typeof a.values.value === "number" ? a.values.value : null;
              const y = typeof b.values.value === "number" ? b.values.value : null;
              if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
              return desc ? y - x : x - y;
            })
            .map((r) => r.id);
        const sortKey = [{ id: "value", desc }];
        expect(sortRows(all, sortKey, cols, "en").map((r) => r.id)).toEqual(expected(all));
        const subset = all.filter((_, i) => i % 3 !== 1);
        expect(sortRows(subset, sortKey, cols, "en", all).map((r) => r.id)).toEqual(expected(subset));
        // A subset the filter took (it records where each row came from) sorts the same way.
        const searched = narrowRows(all, { ...EMPTY_FILTER, q: "n3" });
        expect(sortRows(searched, sortKey, cols, "en", all).map((r) => r.id)).toEqual(expected(searched));
        // The same order through the several-column path, with a second key that never breaks a tie.
        const twoKeys = [...sortKey, { id: "date", desc: false }];
        expect(sortRows(all, twoKeys, cols, "en").map((r) => r.id)).toEqual(expected(all));
      }),
    );
  });
});
