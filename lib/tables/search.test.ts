import { describe, expect, it } from "vitest";
import type { DirectionCode } from "@/lib/domain/codes";
import type { CodeNames } from "@/lib/filter/options";
import type { GridRow } from "./row";
import { narrowRows } from "./search";

/** A row showing `text`, about the given districts and direction. */
function row(
  id: string,
  text: string,
  districts: string[] | null,
  direction: DirectionCode = "innovation",
): GridRow {
  return {
    id,
    facets: { districts, sectors: null, directions: [direction], status: null, years: [] },
    notes: [],
    values: { title: text },
    display: {},
    links: { page: null, source: null },
  };
}

const names: CodeNames = {
  districts: [
    { value: "haidian", label: "Haidian District", names: ["Haidian District", "하이뎬구", "海淀区"] },
    { value: "chaoyang", label: "Chaoyang District", names: ["Chaoyang District", "차오양구", "朝阳区"] },
  ],
  sectors: [],
  directions: [{ value: "talent", label: "Talent", names: ["Talent", "인재", "人才"] }],
};

const rows = [
  row("a", "Innovation blocks in Haidian District", ["haidian"]),
  row("b", "A lab in Chaoyang District", ["chaoyang"]),
  row("c", "City-wide plan", null),
  row("d", "Scholarships", null, "talent"),
];

describe("narrowRows: the table's search", () => {
  it("finds the rows about a district by its name in any language, as the site's search does", () => {
    // The English table shows "Haidian District"; a reader may type 海淀 or 하이뎬.
    for (const q of ["海淀", "하이뎬", "haidian", "ＨＡＩＤＩＡＮ"])
      expect(
        narrowRows(rows, { q }, [], names).map((r) => r.id),
        q,
      ).toEqual(["a"]);
    expect(narrowRows(rows, { q: "人才" }, [], names).map((r) => r.id)).toEqual(["d"]);
  });

  it("without the names, matches only what the rows show", () => {
    expect(narrowRows(rows, { q: "海淀" })).toEqual([]);
    expect(narrowRows(rows, { q: "plan" }, [], names).map((r) => r.id)).toEqual(["c"]);
  });
});
