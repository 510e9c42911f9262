import Ajv2020 from "ajv/dist/2020";
import { MAX_QUERY_LENGTH } from "@/lib/filter/search-params";
import { describe, expect, it } from "vitest";
import { openApi } from "@/lib/api/openapi";
import { searchResponseSchema } from "@/lib/api/schemas";
import { searchResponse } from "@/lib/api/search";
import type { Dataset } from "@/lib/data/types";
import type { EntityRecord } from "@/lib/domain/schema";
import { tableRows } from "@/lib/tables/rows";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import type { TableId } from "@/lib/tables/columns";
import {
  buildSearchIndex,
  SEARCH_KINDS,
  searchEverything,
  type SearchKind,
  type SearchResults,
} from "./search";

const ds = fixtureDataset();
const ALL = { limitPerKind: 10_000 };

const group = (r: SearchResults, kind: SearchKind) => r.groups.find((g) => g.kind === kind);
const ids = (r: SearchResults, kind: SearchKind) => group(r, kind)?.results.map((x) => x.id) ?? [];
const allIds = (r: SearchResults) => r.groups.flatMap((g) => g.results.map((x) => `${g.kind}:${x.id}`));

describe("searchEverything: across languages", () => {
  it("finds Haidian on the English site from Chinese, with records about Haidian", () => {
    const r = searchEverything(ds, "海淀", "en", ALL);
    const district = group(r, "district")?.results.find((x) => x.id === "haidian");
    expect(district).toMatchObject({
      title: "Haidian District",
      href: "/tables/observations?district=haidian",
    });
    // Figures in Haidian (found through their district, not their titles) and the measure about it,
    // titled in English; nothing about another district.
    expect(ids(r, "figure")).toEqual(["haidian-area-2019", "haidian-area-2024-01", "haidian-parks-2024-01"]);
    expect(group(r, "measure")?.results).toMatchObject([{ id: "model-measures", title: "Model measures" }]);
    expect(ids(r, "body")).toEqual(["lab-a"]);
  });

  it("finds 海淀 on the Chinese and Korean sites from English", () => {
    for (const [locale, title] of [
      ["zh", "海淀区"],
      ["ko", "하이뎬구"],
    ] as const) {
      const r = searchEverything(ds, "Haidian", locale);
      expect(group(r, "district")?.results.find((x) => x.id === "haidian")?.title, locale).toBe(title);
    }
  });

  it("finds records on the English site from a Korean query", () => {
    const r = searchEverything(ds, "자율주행", "en", ALL);
    expect(group(r, "measure")?.results).toMatchObject([{ id: "zone-opened", title: "Driving zone opened" }]);
    expect(group(r, "indicator")?.results).toMatchObject([{ id: "ad-vehicles", title: "Vehicles" }]);
  });

  it("finds a policy document by its number as written, in any language", () => {
    for (const locale of ["en", "ko", "zh"] as const)
      expect(ids(searchEverything(ds, "京测〔2023〕1号", locale), "document"), locale).toEqual(["plan"]);
  });
});

describe("searchEverything: case and width", () => {
  it("matches whatever the case or width of the query", () => {
    const expected = allIds(searchEverything(ds, "Haidian", "en", ALL));
    expect(expected).toContain("district:haidian");
    for (const q of ["haidian", "HAIDIAN", "ＨＡＩＤＩＡＮ", "ｈａｉｄｉａｎ", "  Haidian  "])
      expect(allIds(searchEverything(ds, q, "en", ALL)), q).toEqual(expected);
  });

  it("folds full-width digits and the ideographic space", () => {
    const plain = searchEverything(ds, "haidian 2024", "en", ALL);
    expect(group(plain, "figure")?.total).toBeGreaterThan(0);
    expect(allIds(searchEverything(ds, "ｈａｉｄｉａｎ\u3000２０２４", "en", ALL))).toEqual(allIds(plain));
  });
});

describe("searchEverything: groups, limits and totals", () => {
  // "a" is in a record of every kind in the fixture (Lab A, Haidian, Title A, Test plan, …).
  const broad = searchEverything(ds, "a", "en", ALL);

  it("groups by kind in a fixed order, leaving out kinds with no match", () => {
    expect(broad.groups.map((g) => g.kind)).toEqual([...SEARCH_KINDS]);
    for (const g of broad.groups) for (const x of g.results) expect(x.kind).toBe(g.kind);
    const few = searchEverything(ds, "京测", "en");
    expect(few.groups.map((g) => g.kind)).toEqual(["document", "source"]);
  });

  it("lists at most limitPerKind results per kind and counts every match", () => {
    expect(broad.total).toBe(broad.groups.reduce((n, g) => n + g.total, 0));
    for (const g of broad.groups) expect(g.results).toHaveLength(g.total);
    const limited = searchEverything(ds, "a", "en", { limitPerKind: 2 });
    expect(limited.total).toBe(broad.total);
    for (const g of limited.groups) {
      expect(g.results).toHaveLength(Math.min(2, g.total));
      expect(g.total).toBe(group(broad, g.kind)?.total);
    }
    expect(limited.groups.some((g) => g.total > 2)).toBe(true);
    // The default is 8 per kind: the fixture has 11 figures with an "a".
    expect(group(broad, "figure")?.total).toBe(11);
    expect(group(searchEverything(ds, "a", "en"), "figure")?.results).toHaveLength(8);
    for (const g of searchEverything(ds, "a", "en").groups) expect(g.results.length).toBeLessThanOrEqual(8);
    const none = searchEverything(ds, "a", "en", { limitPerKind: 0 });
    expect(none.total).toBe(broad.total);
    expect(none.groups.length).toBeGreaterThan(0);
    expect(none.groups.every((g) => g.results.length === 0 && g.total > 0)).toBe(true);
  });

  it("answers an empty or blank query with nothing", () => {
    for (const q of ["", "   ", "\u3000", "\t\n"])
      expect(searchEverything(ds, q, "en"), JSON.stringify(q)).toEqual({ q: "", total: 0, groups: [] });
    expect(searchEverything(ds, "no such thing anywhere", "en")).toMatchObject({ total: 0, groups: [] });
  });

  it("cuts the query at 200 characters", () => {
    const r = searchEverything(ds, `haidian ${"x".repeat(500)}`, "en");
    expect(r.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(r.total).toBe(0);
  });
});

describe("searchEverything: links", () => {
  const broad = searchEverything(ds, "a", "en", ALL);
  const PATTERNS: Record<SearchKind, RegExp> = {
    indicator: /^\/directions\/[a-z]+#indicator-[a-z0-9-]+$/,
    figure: /^\/figures\/[a-z0-9-]+$/,
    measure: /^\/directions\/[a-z]+#measure-[a-z0-9-]+$/,
    document: /^\/documents#document-[a-z0-9-]+$/,
    source: /^\/sources#source-[a-z0-9-]+$/,
    body: /^\/directions\/[a-z]+#entities$/,
    district: /^\/tables\/observations\?district=[a-z0-9-]+$/,
  };

  it("links every result to its kind's page, without the language prefix", () => {
    expect(broad.groups.map((g) => g.kind)).toEqual([...SEARCH_KINDS]);
    for (const g of broad.groups)
      for (const x of g.results) {
        expect(x.href.startsWith("/"), x.href).toBe(true);
        expect(x.href, x.href).toMatch(PATTERNS[g.kind]);
        expect(x.href.endsWith(x.id) || g.kind === "body", x.href).toBe(true);
      }
  });

  it("uses the same links as the tables' rows", () => {
    const tables: [SearchKind, TableId][] = [
      ["indicator", "indicators"],
      ["figure", "observations"],
      ["measure", "measures"],
      ["document", "documents"],
      ["source", "sources"],
      ["body", "entities"],
    ];
    for (const [kind, table] of tables) {
      const pages = new Map<string, string | null>(
        tableRows(ds, table, "en").map((r) => [r.id, r.links.page]),
      );
      const results = group(broad, kind)?.results ?? [];
      expect(results.length, kind).toBeGreaterThan(0);
      for (const x of results) expect(x.href, `${kind} ${x.id}`).toBe(pages.get(x.id));
    }
  });

  it("writes titles and details in the reader's language", () => {
    const figure = (locale: "en" | "ko" | "zh") =>
      group(searchEverything(ds, "haidian-area-2024-01", locale), "figure")?.results[0];
    expect(figure("en")).toMatchObject({ id: "haidian-area-2024-01", title: "Model area" });
    expect(figure("en")?.detail).toContain("2024");
    expect(figure("en")?.detail).toContain("Haidian District");
    expect(figure("zh")?.title).toBe("模型区面积");
    expect(figure("zh")?.detail).toContain("海淀区");
    expect(figure("ko")?.detail).toContain("하이뎬구");
  });
});

describe("searchEverything: words and ranking", () => {
  it("requires every word (AND), in any order", () => {
    // Haidian's figures of 2024: not its 2019 one, not other districts' 2024 ones, not the district itself.
    const both = searchEverything(ds, "haidian 2024", "en", ALL);
    expect(allIds(both)).toEqual(["figure:haidian-area-2024-01", "figure:haidian-parks-2024-01"]);
    expect(allIds(searchEverything(ds, "2024 haidian", "en", ALL))).toEqual(allIds(both));
    expect(ids(searchEverything(ds, "haidian 2019", "en", ALL), "figure")).toEqual(["haidian-area-2019"]);
    expect(searchEverything(ds, "haidian zzzz", "en").total).toBe(0);
    // Each word may match a different text: the indicator's label and the district's name.
    expect(ids(searchEverything(ds, "parks 海淀区", "en"), "figure")).toEqual(["haidian-parks-2024-01"]);
  });

  it("puts titles equal to or starting with the query in the reader's language first", () => {
    // "Related output" comes first in the data and matches; "Output" is the title, "Core output" ends with it.
    expect(ds.indicators.map((i) => i.id).indexOf("ai-related-output")).toBeLessThan(
      ds.indicators.map((i) => i.id).indexOf("ai-output"),
    );
    const r = searchEverything(ds, "output", "en", ALL);
    expect(ids(r, "indicator")).toEqual(["ai-output", "ai-related-output", "core-output"]);
  });

  const body = (id: string, en: string, zh: string): EntityRecord => ({
    id,
    list: "platforms",
    name: { en, ko: en, zh },
    domain: { en: "d", ko: "d", zh: "d" },
    sector: null,
    date: null,
    district: null,
    source: "src-a",
    confidence: "high",
    note: null,
  });
  const small: Dataset = {
    ...ds,
    entities: [
      body("b-middle", "Deep Apex", "深度"),
      body("b-other-language", "Quiet", "Apex 中文"),
      body("b-prefix", "Apex Mind", "心智"),
      body("b-exact", "Apex", "顶点"),
      body("b-middle-2", "Nova Apex", "新星"),
    ],
  };

  it("ranks exact, then prefix, then another language's prefix, then the rest, stably", () => {
    expect(ids(searchEverything(small, "apex", "en"), "body")).toEqual([
      "b-exact",
      "b-prefix",
      "b-other-language",
      "b-middle",
      "b-middle-2",
    ]);
    // On the Chinese site, the Chinese title comes first; English ones next, in the data's order.
    expect(ids(searchEverything(small, "APEX", "zh"), "body")).toEqual([
      "b-other-language",
      "b-prefix",
      "b-exact",
      "b-middle",
      "b-middle-2",
    ]);
    // The limit keeps the best-ranked ones.
    expect(ids(searchEverything(small, "apex", "en", { limitPerKind: 2 }), "body")).toEqual([
      "b-exact",
      "b-prefix",
    ]);
  });
});

describe("search index", () => {
  it("is built once per dataset", () => {
    expect(buildSearchIndex(ds)).toBe(buildSearchIndex(ds));
    expect(buildSearchIndex(ds)).not.toBe(buildSearchIndex({ ...ds } as Dataset));
  });
});

describe("GET /api/v1/search", () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    searchResponse(new Request(`http://localhost/api/v1/search${query}`, { headers }), ds);

  it("answers the search as JSON with the dataset version, valid against the OpenAPI document", async () => {
    const response = get("?q=%E6%B5%B7%E6%B7%80&locale=en&limit=3");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body).toEqual({
      data: searchEverything(ds, "海淀", "en", { limitPerKind: 3 }),
      version: ds.version,
    });
    expect(body.data.groups.map((g: { kind: string }) => g.kind)).toContain("district");
    expect(searchResponseSchema.safeParse(body).success).toBe(true);
    const spec = openApi(ds);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "openapi", components: spec.components }, "openapi");
    const path = spec.paths["/api/v1/search"] as {
      get: { responses: { "200": { content: { "application/json": { schema: { $ref: string } } } } } };
    };
    const validate = ajv.compile({
      $ref: `openapi${path.get.responses["200"].content["application/json"].schema.$ref}`,
    });
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(
      validate({ ...body, data: { ...body.data, groups: [{ kind: "nothing", total: 1, results: [] }] } }),
    ).toBe(false);
    // Defaults: English, 8 per kind; a blank query finds nothing.
    expect((await get("?q=a").json()).data).toEqual(searchEverything(ds, "a", "en"));
    expect((await get("?q=%20").json()).data).toEqual({ q: "", total: 0, groups: [] });
  });

  it("gives 304 to a matching If-None-Match", () => {
    const etag = get("?q=haidian").headers.get("etag") ?? "";
    expect(etag).toMatch(/^"/);
    expect(get("?q=haidian", { "if-none-match": etag }).status).toBe(304);
    expect(get("?q=haidian&locale=zh", { "if-none-match": etag }).status).toBe(200);
  });

  it("answers a bad query with a 400 problem naming the parameter", async () => {
    const cases: [string, string][] = [
      ["", "q"],
      ["?locale=en", "q"],
      [`?q=${"x".repeat(201)}`, "q"],
      ["?q=a&colour=red", "colour"],
      ["?q=a&locale=fr", "locale"],
      ["?q=a&limit=0", "limit"],
      ["?q=a&limit=51", "limit"],
      ["?q=a&limit=1.5", "limit"],
      ["?q=a&limit=abc", "limit"],
      ["?q=a&limit=", "limit"],
      ["?q=a&q=b", "q"],
    ];
    for (const [query, parameter] of cases) {
      const response = get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type"), query).toContain("application/problem+json");
      const body = await response.json();
      expect(body.parameter, query).toBe(parameter);
      expect(body.detail, query).toBeTruthy();
    }
    expect(get(`?q=${"x".repeat(200)}`).status).toBe(200);
    expect(get("?q=a&limit=50").status).toBe(200);
    expect((await get("?q=a&colour=red").json()).allowed).toEqual(["q", "locale", "limit"]);
    expect(get("?q=a", { accept: "text/csv" }).status).toBe(406);
  });
});
