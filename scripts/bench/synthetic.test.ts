import { describe, expect, it } from "vitest";
import { buildSearchIndex, searchEverything } from "@/lib/search/search";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import { syntheticEntities, withSyntheticEntities } from "./synthetic";

const ds = fixtureDataset();

describe("the benchmark's SYNTHETIC bodies", () => {
  it("are marked synthetic, in their own list and source", () => {
    const big = withSyntheticEntities(ds, syntheticEntities(50, ds));
    expect(big.entities.every((e) => e.id.startsWith("synthetic-") && e.list === "synthetic-benchmark")).toBe(
      true,
    );
    expect(big.entityLists.map((l) => l.name.en)).toEqual(["Synthetic benchmark data (not real)"]);
    expect(big.index.source.get("synthetic-generator")?.publisher?.en).toBe("SYNTHETIC generator");
  });

  it("are found by the search-everything index, by name, list and district", () => {
    const big = withSyntheticEntities(ds, syntheticEntities(2_000, ds));
    expect(buildSearchIndex(big)).toBe(buildSearchIndex(big));
    const bodies = (q: string, locale: "en" | "ko") =>
      searchEverything(big, q, locale).groups.find((g) => g.kind === "body");
    expect(bodies("synthetic", "en")?.total).toBe(2_000);
    const inHaidian = big.entities.filter((e) => e.district === "haidian").length;
    expect(inHaidian).toBeGreaterThan(0);
    expect(bodies("海淀", "en")?.total).toBe(inHaidian);
    const first = big.entities[0];
    expect(bodies(first?.name.zh ?? "?", "ko")?.results.map((r) => r.id)).toContain(first?.id);
  });
});
