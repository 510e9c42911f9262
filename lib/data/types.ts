import type {
  DirectionRecord,
  DistrictRecord,
  EntityListRecord,
  EntityRecord,
  IndicatorRecord,
  MeasureRecord,
  ObservationRecord,
  SectorRecord,
  SourceRecord,
  TargetRecord,
  PolicyDocumentRecord,
  CityFigureRecord,
  ChangeRecord,
} from "@/lib/domain/schema";

/** One validated, cross-checked snapshot of everything in `data/`. Never partially loaded. */
export interface Dataset {
  /** Content hash of the data files: changes exactly when the data changes. */
  version: string;
  /** ISO timestamp of when this snapshot was loaded. */
  loadedAt: string;
  /** Newest modification time of the data files (ISO). */
  updatedAt: string;
  sources: SourceRecord[];
  directions: DirectionRecord[];
  districts: DistrictRecord[];
  sectors: SectorRecord[];
  indicators: IndicatorRecord[];
  observations: ObservationRecord[];
  measures: MeasureRecord[];
  entityLists: EntityListRecord[];
  entities: EntityRecord[];
  targets: TargetRecord[];
  policyDocuments: PolicyDocumentRecord[];
  cityFigures: CityFigureRecord[];
  /** The public change log, newest first. */
  changes: ChangeRecord[];
  index: {
    source: Map<string, SourceRecord>;
    indicator: Map<string, IndicatorRecord>;
    observation: Map<string, ObservationRecord>;
    district: Map<string, DistrictRecord>;
    sector: Map<string, SectorRecord>;
    entityList: Map<string, EntityListRecord>;
    policyDocument: Map<string, PolicyDocumentRecord>;
    /** Observations per indicator, oldest first. */
    observationsByIndicator: Map<string, ObservationRecord[]>;
  };
}

/** A problem in the data, located as precisely as we can: file, record and field. */
export interface DataIssue {
  file: string;
  record: string | null;
  field: string | null;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const parts = [`data/${issue.file}`];
  if (issue.record !== null) parts.push(`record ${issue.record}`);
  if (issue.field !== null) parts.push(`field "${issue.field}"`);
  return `${parts.join(", ")}: ${issue.message}`;
}
