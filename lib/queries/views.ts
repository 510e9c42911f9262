/** The shapes pages receive: plain, serialisable, already in the reader's language. */
import type {
  Confidence,
  DateKind,
  DirectionCode,
  IndicatorKind,
  MeasureKind,
  MeasureStatus,
  Qualifier,
  SourceKind,
  SourceLanguage,
  Unit,
} from "@/lib/domain/codes";
import type { Facets, Unbroken } from "@/lib/filter/filter";
import type { FigureParts } from "@/lib/format/format";
import type { Freshness, GroupCounts, TargetView } from "@/lib/queries/targets";

export interface SourceRef {
  id: string;
  /** Publisher in the reader's language; null when none is identifiable. */
  publisher: string | null;
  /** Title as the source wrote it; null when not recorded. */
  title: string | null;
  /** Our own description of the source. */
  description: string;
  url: string | null;
  retrievedFrom: string | null;
  /** Publication date; null when not recorded. */
  published: string | null;
  confidence: Confidence;
  kind: SourceKind;
  language: SourceLanguage;
  /** False for "source not identified": no publisher, title, publication date or own link. */
  identified: boolean;
  /** The link leads to the report itself (not only to a website's home page). */
  opens: boolean;
}

export interface Named {
  code: string;
  name: string;
}

export interface ObservationView {
  id: string;
  indicator: string;
  value: number;
  qualifier: Qualifier;
  denominator: number | null;
  asOf: string;
  confidence: Confidence;
  district: Named | null;
  sector: Named | null;
  reportedGrowthPct: number | null;
  note: string | null;
  /** The report the figure was read in. */
  source: SourceRef;
  /** The document the figure comes from, when it is known only through reports (the white paper). */
  original: SourceRef | null;
  /** Every report of the figure: `source` first, then the others. */
  reportedBy: SourceRef[];
  display: FigureParts;
}

export interface ChangeView {
  delta: number;
  deltaText: string;
  pct: number | null;
  /** True when either figure is an approximation ("about 900"). */
  approximate: boolean;
  since: string;
}

/** Why a figure shows no computed change. */
export type NoChangeReason = "first-figure" | "bound" | "series-break" | "other-outlet" | "other-wording";

export interface IndicatorView {
  id: string;
  direction: DirectionCode;
  kind: IndicatorKind;
  unit: Unit;
  unitLabel: string;
  label: string;
  definition: string;
  headline: number | null;
  updateEveryMonths: number | null;
  sector: Named | null;
  /** District the whole series is about; null for a city-wide series. */
  district: Named | null;
  /** The series' figures within the filter's years, oldest first. */
  observations: ObservationView[];
  latest: ObservationView | null;
  previous: ObservationView | null;
  change: ChangeView | null;
  noChange: NoChangeReason | null;
  companion: { id: string; label: string; latest: ObservationView | null } | null;
  /**
   * The newest figure of a later series counted under another definition (core AI enterprises → AI
   * enterprises), when it is newer than this series' latest: shown beside it, never compared.
   */
  laterCount: { id: string; label: string; latest: ObservationView } | null;
  /** What the series is about on each filter dimension, as the selection tested it. */
  facets: Facets;
  /** Active filter dimensions this series is not broken down on ("not broken down by district"). */
  unbroken: Unbroken;
  /** Whether the whole series keeps to its update cycle (null: the indicator has no cycle). */
  freshness: Freshness | null;
  /** Date of the newest figure of the whole series, whatever the filter. */
  newest: string | null;
  /** Targets set on this indicator, with their computed progress (on the whole series). */
  targets: TargetView[];
}

export interface MeasureView {
  id: string;
  direction: DirectionCode;
  kind: MeasureKind;
  status: MeasureStatus;
  title: string;
  description: string;
  date: string;
  districts: Named[];
  sectors: Named[];
  sources: SourceRef[];
  confidence: Confidence;
  /** What the measure is about on each filter dimension, as the selection tested it. */
  facets: Facets;
  unbroken: Unbroken;
  /** The policy document the measure belongs to, if any. */
  document: DocumentRef | null;
}

/** A short reference to a policy document: its number (if any) and our name for it. */
export interface DocumentRef {
  id: string;
  number: string | null;
  name: string;
}

export interface EntityView {
  id: string;
  list: string;
  listName: string;
  direction: DirectionCode | null;
  name: string;
  domain: string;
  sector: Named | null;
  /** Approval, founding or launch date, as `dateKind` says. */
  date: string | null;
  dateKind: DateKind;
  district: Named | null;
  source: SourceRef;
  confidence: Confidence;
  note: string | null;
  /** What the entity is about on each filter dimension, as the selection tested it. */
  facets: Facets;
  unbroken: Unbroken;
}

export interface EntityListView {
  id: string;
  name: string;
  total: number | null;
  named: number;
  direction: DirectionCode;
  note: string | null;
  source: SourceRef;
}

export interface DirectionSummary {
  code: DirectionCode;
  order: number;
  name: string;
  goal: string;
  summary: string;
  /** Counts within the active filter (all records when none is active). */
  indicatorCount: number;
  measureCount: number;
  entityCount: number;
  source: SourceRef;
  /** Targets of this direction within the filter, by status group. */
  targets: GroupCounts;
  /** Targets of this direction in the whole dataset, whatever the filter. */
  targetsInData: number;
  /** Date of the newest figure of this direction within the filter. */
  newestDate: string | null;
}

export interface SourceView extends SourceRef {
  supports: {
    indicators: { id: string; label: string; direction: DirectionCode; count: number }[];
    measures: { id: string; title: string; direction: DirectionCode }[];
    entities: number;
    targets: { id: string; label: string }[];
    directions: DirectionCode[];
  };
}
