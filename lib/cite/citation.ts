/**
 * Ready-to-paste citations of one figure, in five styles. Each names the tracker (its figure page, the
 * dataset version and the access date) and the original source as recorded: a source without a recorded
 * title is described in square brackets (APA's rule for untitled works), a missing publisher or date is
 * left out or written "n.d.", never guessed. Plain text in; no zod, no dataset: the browser may show the
 * result but the server builds it.
 */

export const CITATION_STYLES = ["apa", "chicago", "gbt7714", "bibtex", "ris"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export const isCitationStyle = (s: string): s is CitationStyle =>
  (CITATION_STYLES as readonly string[]).includes(s);

export interface CitedSource {
  publisher: string | null;
  /** The title as the source wrote it; null when not recorded. */
  title: string | null;
  /** Our description of the source, used (in brackets) when no title is recorded; empty when one is. */
  description: string;
  /** ISO date, possibly partial ("2023", "2023-02", "2023-02-13"); null when not recorded. */
  published: string | null;
  url: string | null;
}

export interface CitedFigure {
  /** A stable id, for BibTeX keys. */
  id: string;
  /** The tracker's name in the page's language. */
  tracker: string;
  /** "Core AI enterprises: 1,048 firms", in the page's language. */
  label: string;
  /** ISO partial date the figure is as of. */
  asOf: string;
  /** The figure page's absolute URL. */
  url: string;
  version: string;
  /** ISO date the dataset version was published (its year dates the tracker's entry). */
  versionDate: string;
  /** ISO date of access (today). */
  accessed: string;
  /** The original: the document the figure comes from, or the report it was read in. */
  source: CitedSource;
  /** For a figure known through reports of its original document: those reports, the one to open first. */
  reportedBy?: readonly CitedSource[];
}

/**
 * The original in a style's own form of a source, then, for a figure known through reports of it,
 * "As reported by: A; B" in the same form.
 */
function originalAndReports(f: CitedFigure, form: (s: CitedSource) => string, sep = "; "): string {
  const reports = f.reportedBy ?? [];
  const original = form(f.source);
  return reports.length > 0
    ? `${withStop(original)} As reported by: ${reports.map(form).join(sep)}`
    : original;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(date: string): { y: string; m: string | null; d: number | null } {
  const [y = "", m, d] = date.split("-");
  return { y, m: m ? (MONTHS[Number(m) - 1] ?? null) : null, d: d ? Number(d) : null };
}

/** APA: "2023, February 13", "2022, October", "2022". */
function apaDate(date: string | null): string {
  if (!date) return "n.d.";
  const { y, m, d } = parts(date);
  return [y, m && (d ? `${m} ${d}` : m)].filter(Boolean).join(", ");
}

/** Chicago and APA's retrieval date: "February 13, 2023", "October 2022", "2022". */
function longDate(date: string): string {
  const { y, m, d } = parts(date);
  if (!m) return y;
  return d ? `${m} ${d}, ${y}` : `${m} ${y}`;
}

const withStop = (s: string) => (/[.?!。]$/.test(s) ? s : `${s}.`);
const sourceTitle = (s: CitedSource) => s.title ?? `[${s.description}]`;

function apaSource(s: CitedSource): string {
  return [
    s.publisher ? `${withStop(s.publisher)} (${apaDate(s.published)}).` : null,
    s.publisher ? withStop(sourceTitle(s)) : `${withStop(sourceTitle(s))} (${apaDate(s.published)}).`,
    s.url,
  ]
    .filter(Boolean)
    .join(" ");
}

function apa(f: CitedFigure): string {
  return (
    `${withStop(f.tracker)} (${f.versionDate.slice(0, 4)}). ${f.label} (as of ${longDate(f.asOf)}) ` +
    `[Data set, version ${f.version}]. Retrieved ${longDate(f.accessed)}, from ${f.url}. ` +
    `Original source: ${originalAndReports(f, apaSource)}`
  );
}

/**
 * A title in Chicago's double quotes, its stop inside them. Quotation marks within it become single ones
 * (straight or curly as written), and a stop after an inner closing quote goes inside it too:
 * "Report on the 'AI+.'" rather than "Report on the "AI+"."
 */
export function chicagoQuoted(title: string): string {
  const inner = title
    .replace(/"([^"]*)"/g, "'$1'")
    .replace(/“/g, "‘")
    .replace(/”/g, "’")
    .replace(/"/g, "'");
  // Only a quotation mark the title ends with moves outside the stop (not an apostrophe: "Investors'.").
  if (!/["”]$/.test(title)) return `"${withStop(inner)}"`;
  return `"${withStop(inner.slice(0, -1))}${inner.slice(-1)}"`;
}

function chicagoSource(s: CitedSource): string {
  return [
    s.publisher ? withStop(s.publisher) : null,
    s.title ? chicagoQuoted(s.title) : withStop(sourceTitle(s)),
    withStop(s.published ? longDate(s.published) : "n.d."),
    s.url ? withStop(s.url) : null,
  ]
    .filter(Boolean)
    .join(" ");
}

function chicago(f: CitedFigure): string {
  return (
    `${withStop(f.tracker)} ${chicagoQuoted(`${f.label} (as of ${longDate(f.asOf)})`)} Data set, version ${f.version}. ` +
    `Accessed ${longDate(f.accessed)}. ${f.url}. Original source: ${originalAndReports(f, chicagoSource, " ")}`
  );
}

/** GB/T 7714-2015: "Responsible. Title[type/carrier]. (updated)[cited]. URL." */
function gbt(f: CitedFigure): string {
  const form = (s: CitedSource) =>
    [
      s.publisher ? `${s.publisher}. ` : "",
      `${sourceTitle(s)}[EB/OL]. `,
      s.published ? `(${s.published})` : "",
      `[${f.accessed}]`,
      s.url ? `. ${s.url}` : "",
    ].join("");
  return (
    `${f.tracker}. ${f.label}(${f.asOf})[DB/OL]. (${f.versionDate})[${f.accessed}]. ${f.url}. ` +
    `${withStop(originalAndReports(f, (s) => withStop(form(s)), " "))}`
  );
}

/** BibTeX braces and specials escaped, so any title compiles. */
const tex = (s: string) => s.replace(/([\\{}])/g, "\\$1").replace(/([&%$#_])/g, "\\$1");

/** A source in a note: publisher, title, date, link. */
const noteSource = (s: CitedSource) =>
  [s.publisher, sourceTitle(s), s.published ?? "n.d.", s.url].filter(Boolean).join(", ");

function bibtex(f: CitedFigure): string {
  const original = originalAndReports(f, noteSource);
  const key = `bjaitracker-${f.id}`.replace(/[^A-Za-z0-9-]/g, "-");
  return [
    `@misc{${key},`,
    `  author = {{${tex(f.tracker)}}},`,
    `  title = {{${tex(`${f.label} (as of ${f.asOf})`)}}},`,
    `  year = {${f.versionDate.slice(0, 4)}},`,
    `  version = {${tex(f.version)}},`,
    `  url = {${f.url}},`,
    `  urldate = {${f.accessed}},`,
    `  note = {Original source: ${tex(original)}}`,
    `}`,
  ].join("\n");
}

function ris(f: CitedFigure): string {
  const original = originalAndReports(f, noteSource);
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, " ")}`;
  return [
    line("TY", "DATA"),
    line("AU", f.tracker),
    line("TI", `${f.label} (as of ${f.asOf})`),
    line("PY", f.versionDate.slice(0, 4)),
    line("ET", f.version),
    line("UR", f.url),
    line("Y2", f.accessed.replaceAll("-", "/")),
    line("N1", `Original source: ${original}`),
    line("ER", ""),
  ].join("\r\n");
}

const STYLES: Record<CitationStyle, (f: CitedFigure) => string> = {
  apa,
  chicago,
  gbt7714: gbt,
  bibtex,
  ris,
};

/** The citation of a figure in one style. */
export function citation(figure: CitedFigure, style: CitationStyle): string {
  return STYLES[style](figure);
}

/** Media types of each style, for downloads and the API. */
export const CITATION_MEDIA_TYPE: Record<CitationStyle, string> = {
  apa: "text/plain; charset=utf-8",
  chicago: "text/plain; charset=utf-8",
  gbt7714: "text/plain; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
};
