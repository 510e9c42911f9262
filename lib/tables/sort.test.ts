import { describe, expect, it } from "vitest";
import { sortRows } from "./sort";
import type { ColumnSpec, Primitive, TableRow } from "./types";

const cols: ColumnSpec[] = [
  { id: "name", type: "text" },
  { id: "value", type: "number" },
  { id: "date", type: "date" },
];

function row(id: string, name: Primitive, value: Primitive, date: Primitive): TableRow {
  return {
    id,
    dims: { districts: null, sectors: null, directions: [], status: null, years: [] },
    values: { name, value, date },
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

  it("sorts a filtered subset using the full set's cached order", () => {
    const subset = [rows[0], rows[3], rows[4]].filter((r): r is TableRow => r !== undefined);
    expect(ids(sortRows(subset, [{ id: "value", desc: false }], cols, "en", rows))).toBe("dea");
  });
});
