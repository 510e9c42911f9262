/** The shapes pages, API and exports receive: plain, serialisable, already in the reader's language. */
import type { Confidence, DirectionCode, Locale, Unit } from "@/lib/domain/codes";
import type { IndicatorRecord, MeasureRecord, ObservationRecord } from "@/lib/domain/schema";
import type { FigureParts } from "@/lib/format/format";
import type { FilterFit, MeasureStatus } from "@/lib/filter/filter";
import type { RollUp, TargetView } from "@/lib/queries/targets";

export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  label: string;
  url: string | null;
  retrievedFrom: string | null;
  date: string;
  confidence: Confidence;
  kind: "government" | "policy" | "news" | "report" | "reprint";
  language: Locale;
}

export interface Named {
  code: string;
  name: string;
}

export interface ObservationView {
  id: string;
  indicator: string;
  value: number;
  qualifier: ObservationRecord["qualifier"];
  denominator: number | null;
  asOf: string;
  confidence: Confidence;
  district: Named | null;
  sector: Named | null;
  reportedGrowthPct: number | null;
  note: string | null;
  source: SourceRef;
  display: FigureParts;
}

export interface ChangeView {
  delta: number;
  deltaText: string;
  pct: number | null;
  /** True when either figure is a bound or an approximation ("over 2,400"). */
  approximate: boolean;
  since: string;
}

export interface IndicatorView {
  id: string;
  direction: DirectionCode;
  kind: IndicatorRecord["kind"];
  unit: Unit;
  unitLabel: string;
  label: string;
  definition: string;
  headline: number | null;
  updateEveryMonths: number | null;
  sector: Named | null;
  /** Observations left by the filter, oldest first. */
  observations: ObservationView[];
  latest: ObservationView | null;
  previous: ObservationView | null;
  change: ChangeView | null;
  companion: { id: string; label: string; latest: ObservationView | null } | null;
  hasDistrictBreakdown: boolean;
  hasSectorBreakdown: boolean;
  fit: { district: FilterFit; sector: FilterFit };
  /** The latest figure is older than the indicator's update cycle. */
  stale: boolean;
  /** Targets set on this indicator, with their computed progress. */
  targets: TargetView[];
}

export interface MeasureView {
  id: string;
  direction: DirectionCode;
  kind: MeasureRecord["kind"];
  status: MeasureStatus;
  title: string;
  description: string;
  date: string;
  districts: Named[];
  sectors: Named[];
  sources: SourceRef[];
  confidence: Confidence;
  fit: { district: FilterFit; sector: FilterFit };
}

export interface EntityView {
  id: string;
  list: string;
  listName: string;
  name: string;
  domain: string;
  sector: Named | null;
  approved: string | null;
  district: Named | null;
  source: SourceRef;
  confidence: Confidence;
  note: string | null;
  fit: { district: FilterFit; sector: FilterFit };
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
  indicatorCount: number;
  measureCount: number;
  entityCount: number;
  source: SourceRef;
  /** Targets of this direction by status. */
  targets: RollUp;
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

export type { Locale };
