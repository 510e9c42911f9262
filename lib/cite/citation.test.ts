import { describe, expect, it } from "vitest";
import { chicagoQuoted, citation, type CitedFigure } from "./citation";

const figure: CitedFigure = {
  id: "core-ai-firms-2022-10",
  tracker: "Beijing AI Policy Tracker",
  label: "Core AI enterprises: 1,048 firms",
  asOf: "2022-10",
  url: "https://tracker.example/en/figures/core-ai-firms-2022-10",
  version: "086465ddeccf",
  versionDate: "2026-11-27",
  accessed: "2026-11-28",
  source: {
    publisher: "Beijing Municipal Bureau of Economy and Information Technology",
    title: "2022 Beijing AI Industry Development White Paper",
    description: "The white paper",
    published: "2023-02-13",
    url: "https://source.example/paper",
  },
};

const untitled: CitedFigure = {
  ...figure,
  source: {
    publisher: null,
    title: null,
    description: "CGTN report on the white paper",
    published: null,
    url: null,
  },
};

describe("citation", () => {
  it("APA: author, year, title with the data set and version, retrieval date, then the original", () => {
    expect(citation(figure, "apa")).toBe(
      "Beijing AI Policy Tracker. (2026). Core AI enterprises: 1,048 firms (as of October 2022) " +
        "[Data set, version 086465ddeccf]. Retrieved November 28, 2026, from " +
        "https://tracker.example/en/figures/core-ai-firms-2022-10. Original source: Beijing Municipal Bureau " +
        "of Economy and Information Technology. (2023, February 13). 2022 Beijing AI Industry Development " +
        "White Paper. https://source.example/paper",
    );
  });

  it("APA without author, title or date: the description in brackets moves to the front, n.d.", () => {
    expect(citation(untitled, "apa")).toMatch(
      /Original source: \[CGTN report on the white paper\]\. \(n\.d\.\)\.$/,
    );
  });

  it("Chicago: quoted title, accessed date, publisher first", () => {
    expect(citation(figure, "chicago")).toBe(
      'Beijing AI Policy Tracker. "Core AI enterprises: 1,048 firms (as of October 2022)." Data set, version ' +
        "086465ddeccf. Accessed November 28, 2026. https://tracker.example/en/figures/core-ai-firms-2022-10. " +
        "Original source: Beijing Municipal Bureau of Economy and Information Technology. " +
        '"2022 Beijing AI Industry Development White Paper." February 13, 2023. https://source.example/paper.',
    );
    expect(citation(untitled, "chicago")).toMatch(
      /Original source: \[CGTN report on the white paper\]\. n\.d\.$/,
    );
  });

  it("Chicago nests quotes: double quotes inside a quoted title become single, the stop inside both", () => {
    // A title that quotes something must not close Chicago's own quotation marks early.
    const quoting = {
      ...figure,
      source: { ...figure.source, title: '백서 "베이징 AI 핵심 기업 수, 천개 넘어…전국 1위"' },
    };
    expect(citation(quoting, "chicago")).toContain(
      `Technology. "백서 '베이징 AI 핵심 기업 수, 천개 넘어…전국 1위.'" February 13, 2023.`,
    );
    const curly = { ...figure, source: { ...figure.source, title: "Beijing’s “AI+” action plan" } };
    expect(citation(curly, "chicago")).toContain(
      `Technology. "Beijing’s ‘AI+’ action plan." February 13, 2023.`,
    );
    const labelled = { ...figure, label: 'Share of "core" firms: 12%' };
    expect(citation(labelled, "chicago")).toContain(
      `Beijing AI Policy Tracker. "Share of 'core' firms: 12% (as of October 2022)." Data set,`,
    );
    expect(chicagoQuoted("Investors' guide")).toBe(`"Investors' guide."`);
    expect(chicagoQuoted('Ends with a "quote"')).toBe(`"Ends with a 'quote.'"`);
  });

  it("GB/T 7714: [DB/OL] for the tracker, [EB/OL] for the source, (updated)[cited] dates", () => {
    expect(citation(figure, "gbt7714")).toBe(
      "Beijing AI Policy Tracker. Core AI enterprises: 1,048 firms(2022-10)[DB/OL]. (2026-11-27)[2026-11-28]. " +
        "https://tracker.example/en/figures/core-ai-firms-2022-10. Beijing Municipal Bureau of Economy and " +
        "Information Technology. 2022 Beijing AI Industry Development White Paper[EB/OL]. " +
        "(2023-02-13)[2026-11-28]. https://source.example/paper.",
    );
    expect(citation(untitled, "gbt7714")).toMatch(
      /\[CGTN report on the white paper\]\[EB\/OL\]\. \[2026-11-28\]\.$/,
    );
  });

  it("BibTeX: a @misc entry with a safe key, escaped text and the access date", () => {
    const bib = citation({ ...figure, label: "R&D spending: 50% of {total}" }, "bibtex");
    expect(bib.split("\n")[0]).toBe("@misc{bjaitracker-core-ai-firms-2022-10,");
    expect(bib).toContain("title = {{R\\&D spending: 50\\% of \\{total\\} (as of 2022-10)}},");
    expect(bib).toContain("author = {{Beijing AI Policy Tracker}},");
    expect(bib).toContain("urldate = {2026-11-28},");
    expect(bib.trim().endsWith("}")).toBe(true);
  });

  it("RIS: tagged lines ending in ER, CRLF, no line breaks inside a value", () => {
    const lines = citation({ ...figure, label: "Two\nlines" }, "ris").split("\r\n");
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines).toContain("TI  - Two lines (as of 2022-10)");
    expect(lines).toContain("Y2  - 2026/11/28");
    expect(lines.at(-1)).toBe("ER  - ");
  });
});

describe("a figure known through reports of its original document", () => {
  const reported: CitedFigure = {
    ...figure,
    source: { ...figure.source, url: null },
    reportedBy: [
      {
        publisher: "China Radio International",
        title: "北京人工智能核心企業達1048家",
        description: "CRI report",
        published: "2023-02-14",
        url: "https://taiwan.cri.cn/report.html",
      },
      {
        publisher: "China.org.cn",
        title: 'Report on the "white paper"',
        description: "Korean report",
        published: "2023-02-15",
        url: null,
      },
    ],
  };

  it.each(["apa", "chicago", "gbt7714", "bibtex", "ris"] as const)(
    "%s names the original, then every report as reported by, with its link",
    (style) => {
      const text = citation(reported, style);
      const original = text.indexOf("2022 Beijing AI Industry Development White Paper");
      const as = text.indexOf("As reported by:");
      expect(original).toBeGreaterThan(0);
      expect(as).toBeGreaterThan(original);
      expect(text.indexOf("https://taiwan.cri.cn/report.html")).toBeGreaterThan(as);
      expect(text.indexOf("China.org.cn")).toBeGreaterThan(as);
    },
  );

  it("Chicago quotes each report's title in its own quotes", () => {
    expect(citation(reported, "chicago")).toContain(
      `As reported by: China Radio International. "北京人工智能核心企業達1048家." February 14, 2023. ` +
        `https://taiwan.cri.cn/report.html. China.org.cn. "Report on the 'white paper.'" February 15, 2023.`,
    );
  });
});
