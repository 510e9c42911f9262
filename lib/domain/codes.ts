/**
 * Code lists shared by the server and the browser: languages, directions, confidence levels, statuses,
 * units and qualifiers. Plain constants and types only: no zod, no data, so any client file may import it.
 * The zod schemas in `schema.ts` are built from these lists.
 */
export const LOCALES = ["en", "ko", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages a source may be written in: the interface's three, and Japanese (Beijing's Japanese portal). */
export const SOURCE_LANGUAGES = ["en", "ko", "zh", "ja"] as const;
export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number];

export interface Localized {
  en: string;
  ko: string;
  zh: string;
}

export const CONFIDENCES = ["high", "medium", "secondary"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const DIRECTION_CODES = ["innovation", "foundations", "application", "governance", "talent"] as const;
export type DirectionCode = (typeof DIRECTION_CODES)[number];

export const INDICATOR_KINDS = ["count", "share", "rank", "ratio", "money", "area", "length"] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const UNITS = [
  "enterprise",
  "organisation",
  "project",
  "platform",
  "factory",
  "workshop",
  "site",
  "person",
  "percent",
  "rank",
  "yuan-bn",
  "km2",
  "km",
  "km-m",
  "vehicle",
  "dataset",
  "body",
  "model",
  "institution",
  "partner",
  "ride",
  "delivery",
  "intersection",
  "parameter-bn",
  "case",
  "unicorn",
  "park",
  "camera",
  "signal",
  "data-type",
  "product",
] as const;
export type Unit = (typeof UNITS)[number];

/** "over 2,400" is a lower bound: qualifier "over". */
export const QUALIFIERS = ["exact", "over", "about", "under"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MEASURE_STATUSES = [
  "planned",
  "pilot",
  "commercial-pilot",
  "in-operation",
  "completed",
  /** A plan whose period has ended with no outcome published (worked out from its `ends`, see measures.ts). */
  "period-ended",
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_KINDS = ["policy", "programme", "deployment", "milestone"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const SOURCE_KINDS = ["government", "policy", "news", "report", "reprint"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const TARGET_STATUSES = [
  "achieved",
  "on-track",
  "needs-attention",
  "off-track",
  "overdue",
  "not-enough-data",
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * How the overview and the direction cards group target statuses for readers: "behind" joins "needs
 * attention" and "off track" (a target short of its pace, or missed at its date). Each group links to the
 * targets table filtered to its statuses.
 */
export const STATUS_GROUPS = [
  { id: "achieved", statuses: ["achieved"] },
  { id: "on-track", statuses: ["on-track"] },
  { id: "behind", statuses: ["needs-attention", "off-track"] },
  { id: "overdue", statuses: ["overdue"] },
  { id: "not-enough-data", statuses: ["not-enough-data"] },
] as const satisfies readonly { id: string; statuses: readonly TargetStatus[] }[];
export type StatusGroup = (typeof STATUS_GROUPS)[number]["id"];

/** What a target asks for: a level by a date, a yearly growth rate, or a commitment renewed every year. */
export const TARGET_KINDS = ["level", "growth", "recurring"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Policy instruments, in the spirit of the OECD STIP Compass's instrument types. */
export const INSTRUMENTS = [
  "strategy",
  "action-plan",
  "funding",
  "regulation",
  "pilot-zone",
  "measures",
  "standard",
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Other cities, compared with Beijing only where a figure has the same definition. */
export const CITIES = ["shanghai", "shenzhen", "hangzhou"] as const;
export type City = (typeof CITIES)[number];

/** What an entity's date means, per list: approval, founding or launch. */
/** What a change-log entry records (data/changes.json). */
export const CHANGE_KINDS = [
  "added",
  "revised",
  "withdrawn",
  "source-corrected",
  "definition-split",
  /** A change to identifiers only (an id renamed, a definition code): nothing a figure says changed. */
  "technical",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The order a reader meets entries of one day in, on the page and in the feeds: figures added and revised
 * first, technical changes last.
 */
export const CHANGE_KIND_ORDER: Record<ChangeKind, number> = {
  added: 0,
  revised: 1,
  "definition-split": 2,
  "source-corrected": 3,
  withdrawn: 4,
  technical: 5,
};

export const DATE_KINDS = ["approved", "founded", "launched"] as const;
export type DateKind = (typeof DATE_KINDS)[number];

export const isDirectionCode = (value: string): value is DirectionCode => isOneOf(DIRECTION_CODES, value);

/** Whether `value` is one of `list`: a type guard for user input against a code list. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
