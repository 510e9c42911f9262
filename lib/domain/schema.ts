/**
 * Zod schemas for every file in `data/`. The raw file shapes live here and nowhere else;
 * `lib/dataset.ts` validates each file against these and cross-checks references.
 */
import { z } from "zod";
import {
  CHANGE_KINDS,
  CITIES,
  CONFIDENCES,
  DATE_KINDS,
  DIRECTION_CODES,
  INSTRUMENTS,
  TARGET_KINDS,
  INDICATOR_KINDS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  QUALIFIERS,
  SOURCE_KINDS,
  SOURCE_LANGUAGES,
  UNITS,
} from "./codes";

/** A text in each of the three interface languages. */
export const localizedSchema = z.object({
  en: z.string().min(1),
  ko: z.string().min(1),
  zh: z.string().min(1),
});

/** ISO date with year, month or day precision: "2022", "2022-10", "2022-10-31". */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id");

export const confidenceSchema = z.enum(CONFIDENCES);

export const directionCodeSchema = z.enum(DIRECTION_CODES);

export const sourceSchema = z
  .object({
    id: idSchema,
    /** Who published it, in the three interface languages; null when no publisher is identifiable. */
    publisher: localizedSchema.nullable(),
    /** The title exactly as the source wrote it, in its own language; null when it was not recorded. */
    title: z.string().min(1).nullable(),
    /** Our own description of what the source is (never presented as its title). */
    description: localizedSchema,
    /** The day the source was published, at the precision known; null when not recorded (never an as-of date). */
    published: partialDateSchema.nullable(),
    /** Where the source can be read; null when no public link is known. */
    url: z.url().nullable(),
    /** For a source only found as a reprint elsewhere: the address it was retrieved from. */
    retrievedFrom: z.url().nullable().default(null),
    language: z.enum(SOURCE_LANGUAGES),
    kind: z.enum(SOURCE_KINDS),
    confidence: confidenceSchema,
  })
  .strict();
export type SourceRecord = z.infer<typeof sourceSchema>;

export const directionSchema = z.object({
  code: directionCodeSchema,
  order: z.number().int().min(1).max(5),
  name: localizedSchema,
  /** One line: what the direction aims at. */
  goal: localizedSchema,
  /** A short paragraph in our own words. */
  summary: localizedSchema,
  /** The white paper source that sets the direction. */
  source: idSchema,
});
export type DirectionRecord = z.infer<typeof directionSchema>;

export const districtSchema = z.object({
  code: idSchema,
  order: z.number().int(),
  kind: z.enum(["district", "functional-zone"]),
  name: localizedSchema,
});
export type DistrictRecord = z.infer<typeof districtSchema>;

export const sectorSchema = z.object({
  code: idSchema,
  order: z.number().int(),
  name: localizedSchema,
});
export type SectorRecord = z.infer<typeof sectorSchema>;

export const unitSchema = z.enum(UNITS);

export const indicatorSchema = z.object({
  id: idSchema,
  direction: directionCodeSchema,
  kind: z.enum(INDICATOR_KINDS),
  unit: unitSchema,
  label: localizedSchema,
  /** Exactly what the series counts; series with different definitions are different indicators. */
  definition: localizedSchema,
  /** The definition's code: every observation of the series must carry the same one. */
  definitionId: idSchema,
  /** Set on indicators that are a headline figure of the 2022 white paper: order of the KPI card. */
  headline: z.number().int().positive().nullable().default(null),
  /** Another indicator shown as the second line of this one's KPI card (e.g. firms behind projects). */
  companion: idSchema.nullable().default(null),
  /**
   * A later series of a *different* definition (1,048 "core AI enterprises" in 2022, then "AI enterprises"):
   * shown on this one's KPI card as a different count with its own date and source, never compared.
   */
  laterCount: idSchema.nullable().default(null),
  /** How often a new figure is expected, in months; null for one-off figures. */
  updateEveryMonths: z.number().int().positive().nullable().default(null),
  /** Sector the whole series belongs to, if any. */
  sector: idSchema.nullable().default(null),
  /** What the series counts in: Beijing (default), or all of China (a national denominator such as 346 filed services). */
  area: z.enum(["beijing", "china"]).default("beijing"),
});
export type IndicatorRecord = z.infer<typeof indicatorSchema>;

export const observationSchema = z.object({
  id: idSchema,
  indicator: idSchema,
  value: z.number(),
  /** "over 2,400" is a lower bound: qualifier "over". */
  qualifier: z.enum(QUALIFIERS).default("exact"),
  /** For ratios such as "10 of 24". */
  denominator: z.number().positive().nullable().default(null),
  asOf: partialDateSchema,
  /** The report the tracker read the figure in (the one cited first). */
  source: idSchema,
  /**
   * The document the figure comes from when the tracker knows it only through reports of it (the 2022
   * white paper, released at a conference): cited as the original, "as reported by" `source`.
   */
  original: idSchema.nullable().default(null),
  /** Other reports of the same figure, each cited after `source`. */
  alsoReportedBy: z.array(idSchema).default([]),
  confidence: confidenceSchema,
  /** Null: the figure is for all of Beijing, not broken down by district. */
  district: idSchema.nullable().default(null),
  sector: idSchema.nullable().default(null),
  /** Growth the source itself reported, in percent, e.g. +9.8 for "+9.8%". */
  reportedGrowthPct: z.number().nullable().default(null),
  /** True where the source changed what it counts: earlier observations are not comparable with this one. */
  seriesBreak: z.boolean().default(false),
  /**
   * Why no change is computed between this figure and the one before it although the series goes on: it
   * comes from another outlet, or uses other wording, so the two may not count the same way.
   */
  noChange: z.enum(["other-outlet", "other-wording"]).nullable().default(null),
  /** The definition the figure was reported under: must be its indicator's definitionId. */
  definition: idSchema,
  note: localizedSchema.nullable().default(null),
});
export type ObservationRecord = z.infer<typeof observationSchema>;

export const measureSchema = z.object({
  id: idSchema,
  direction: directionCodeSchema,
  kind: z.enum(MEASURE_KINDS),
  status: z.enum(MEASURE_STATUSES),
  title: localizedSchema,
  description: localizedSchema,
  date: partialDateSchema,
  districts: z.array(idSchema).default([]),
  sectors: z.array(idSchema).default([]),
  sources: z.array(idSchema).min(1),
  confidence: confidenceSchema,
  /** The policy document the measure belongs to, if any. */
  document: idSchema.nullable().default(null),
  /** Last year (or month, day) of the plan's period, e.g. "2025" for a 2024–2025 plan; null when open-ended. */
  ends: partialDateSchema.nullable().default(null),
});
export type MeasureRecord = z.infer<typeof measureSchema>;

export const entityListSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** How many members the list has in total (e.g. 24), even if only some are named. */
  total: z.number().int().positive().nullable(),
  direction: directionCodeSchema,
  source: idSchema,
  note: localizedSchema.nullable().default(null),
  /** What the members' dates mean. */
  dateKind: z.enum(DATE_KINDS).default("approved"),
});
export type EntityListRecord = z.infer<typeof entityListSchema>;

export const entitySchema = z.object({
  id: idSchema,
  list: idSchema,
  name: localizedSchema,
  domain: localizedSchema,
  sector: idSchema.nullable().default(null),
  /** Approval, founding or launch date (the list's dateKind says which); null when not given. */
  date: partialDateSchema.nullable().default(null),
  /** Null when the headquarters district is not in a cited source. */
  district: idSchema.nullable().default(null),
  source: idSchema,
  confidence: confidenceSchema,
  note: localizedSchema.nullable().default(null),
});
export type EntityRecord = z.infer<typeof entitySchema>;

export const targetSchema = z.object({
  id: idSchema,
  indicator: idSchema,
  label: localizedSchema,
  /** level: reach a value by a date; growth: a yearly growth rate (judged on reported growth); recurring: renewed each year. */
  kind: z.enum(TARGET_KINDS).default("level"),
  /** "min": at least the value ("over 300 bn"); "exact"; "range": value..valueMax ("3–5"). */
  type: z.enum(["min", "exact", "range"]),
  value: z.number(),
  valueMax: z.number().nullable().default(null),
  /** Target date; null when the policy sets none. */
  due: partialDateSchema.nullable(),
  /** Which way is good. */
  good: z.enum(["up", "down"]).default("up"),
  /** Baseline: an observation of the same indicator, or null if the policy gives none. */
  baseline: idSchema.nullable().default(null),
  /** The report the target was read from. */
  source: idSchema,
  /** The policy document that set the target; null when it is not identified. */
  document: idSchema.nullable().default(null),
  confidence: confidenceSchema,
  note: localizedSchema.nullable().default(null),
});
export type TargetRecord = z.infer<typeof targetSchema>;

export const policyDocumentSchema = z.object({
  id: idSchema,
  /** Document number such as 京政发〔2023〕14号; null when it has none or none is recorded. */
  number: z.string().min(1).nullable(),
  /** The official title as written; null when not recorded. */
  title: z.string().min(1).nullable(),
  /** Our own short name for it, in the three interface languages. */
  name: localizedSchema,
  issuers: z.array(localizedSchema),
  published: partialDateSchema.nullable(),
  instrument: z.enum(INSTRUMENTS),
  directions: z.array(directionCodeSchema).min(1),
  url: z.url().nullable(),
  sources: z.array(idSchema),
  confidence: confidenceSchema,
});
export type PolicyDocumentRecord = z.infer<typeof policyDocumentSchema>;

export const cityFigureSchema = z.object({
  id: idSchema,
  city: z.enum(CITIES),
  /** actual: an outcome; target: a goal the city set (never compared as an outcome). */
  kind: z.enum(["actual", "target"]).default("actual"),
  asOf: partialDateSchema,
  value: z.number(),
  qualifier: z.enum(QUALIFIERS).default("exact"),
  unit: unitSchema,
  /** The city's own definition, spelled out. */
  definition: localizedSchema,
  /** Equal to a Beijing indicator's definitionId only when the two count exactly the same thing. */
  definitionId: idSchema,
  reportedGrowthPct: z.number().nullable().default(null),
  source: idSchema,
  confidence: confidenceSchema,
  note: localizedSchema.nullable().default(null),
});
export type CityFigureRecord = z.infer<typeof cityFigureSchema>;

/** The data files a change-log entry can be about (every file but the log itself). */
export const CHANGED_FILES = [
  "sources",
  "directions",
  "districts",
  "sectors",
  "indicators",
  "observations",
  "measures",
  "entityLists",
  "entities",
  "targets",
  "policyDocuments",
  "cityFigures",
] as const;
export type ChangedFile = (typeof CHANGED_FILES)[number];

/**
 * One entry of the public change log: what changed in which record, from what to what, and why. Drafted by
 * `npm run data:changes` from a comparison with the last release, completed by an editor (the reasons).
 */
export const changeSchema = z
  .object({
    id: idSchema,
    /** The day the change was published in the dataset. */
    date: partialDateSchema.refine((d) => d.length === 10, "expected YYYY-MM-DD"),
    kind: z.enum(CHANGE_KINDS),
    file: z.enum(CHANGED_FILES),
    /** The record's id (its new id where it was renamed; its last id where it was withdrawn). */
    record: z.string().min(1),
    /** The id it had before, for a renamed record or a figure moved to a new series. */
    previousId: z.string().min(1).nullable().default(null),
    /** The field that changed; null for a record added, withdrawn or renamed as a whole. */
    field: z.string().min(1).nullable().default(null),
    old: z.json().nullable(),
    new: z.json().nullable(),
    /** Why, in each interface language. An empty text marks a draft that an editor has yet to complete. */
    reason: z.object({
      en: z.string().min(1, "write the reason for this change (a draft from npm run data:changes)"),
      ko: z.string().min(1, "write the reason for this change (a draft from npm run data:changes)"),
      zh: z.string().min(1, "write the reason for this change (a draft from npm run data:changes)"),
    }),
    /** The source the new value rests on, where there is one in the dataset. */
    source: idSchema.nullable().default(null),
    /** The indicator the record belongs to, for filtering (it may since have been withdrawn). */
    indicator: idSchema.nullable().default(null),
    directions: z.array(directionCodeSchema).default([]),
    /** The release that published it; null until `npm run data:changes -- --release`. */
    release: z.string().min(1).nullable().default(null),
  })
  .strict();
export type ChangeRecord = z.infer<typeof changeSchema>;

/** Every data file, its name and the schema of one of its records. */
export const DATA_FILES = {
  sources: { file: "sources.json", schema: sourceSchema },
  directions: { file: "directions.json", schema: directionSchema },
  districts: { file: "districts.json", schema: districtSchema },
  sectors: { file: "sectors.json", schema: sectorSchema },
  indicators: { file: "indicators.json", schema: indicatorSchema },
  observations: { file: "observations.json", schema: observationSchema },
  measures: { file: "measures.json", schema: measureSchema },
  entityLists: { file: "entity-lists.json", schema: entityListSchema },
  entities: { file: "entities.json", schema: entitySchema },
  targets: { file: "targets.json", schema: targetSchema },
  policyDocuments: { file: "policy-documents.json", schema: policyDocumentSchema },
  cityFigures: { file: "city-figures.json", schema: cityFigureSchema },
  changes: { file: "changes.json", schema: changeSchema },
} as const;
