/**
 * The filter applied to the dataset's records, once, before any view is built. Every page section,
 * table, API answer, CSV and data package reads a Selection made here, so a figure that one view shows
 * for a filter is the figure every other view shows for it.
 *
 * Record by record (the meaning of each dimension is written down in lib/filter/filter.ts):
 * - observation: district, sector and direction of its indicator's series; year of its as-of date.
 * - indicator: district, sector and direction; a year filter narrows its figures to those years (it is
 *   kept with no figure when it has none there, so pages can say "no figure in these years").
 * - measure: its districts, sectors, direction, status, and the year of its date.
 * - entity: its district, sector, its list's direction, and the year of its date (undated: left out).
 * - target: its indicator's district, sector and direction, and the year it is due.
 * - source: every source when no filter is active; otherwise the sources behind the selected records.
 */
import type { Dataset } from "@/lib/data/types";
import type {
  EntityRecord,
  IndicatorRecord,
  MeasureRecord,
  ObservationRecord,
  SourceRecord,
  TargetRecord,
  PolicyDocumentRecord,
  CityFigureRecord,
} from "@/lib/domain/schema";
import { yearOf } from "@/lib/format/dates";
import { evaluateTarget } from "./progress";
import { measureStatus } from "./measure-status";
import { citedSources } from "./refs";
import {
  compileFilter,
  EMPTY_FILTER,
  isFilterActive,
  type Facets,
  type Filter,
  type FilterDimension,
  type Unbroken,
} from "@/lib/filter/filter";

/**
 * A record left by the filter, with what it is about on each dimension (the filter tested these facets)
 * and the dimensions it could not be narrowed on: views and rows take both from here, never recompute them.
 */
export interface Scoped<T> {
  record: T;
  facets: Facets;
  unbroken: Unbroken;
}

export interface IndicatorScope extends Scoped<IndicatorRecord> {
  /** The whole series, oldest first, whatever the year filter (targets are measured on it). */
  series: readonly ObservationRecord[];
  /** The series within the filter's years, oldest first. */
  observations: readonly ObservationRecord[];
}

export interface Selection {
  /** The dataset the records come from. */
  dataset: Dataset;
  /** The filter this selection was made with (its text search is not applied here, see tables). */
  filter: Filter;
  /** Indicators left by the filter that have a figure in its years (or all of them, with no year filter). */
  indicators: IndicatorScope[];
  /** Indicators left by the filter but with no figure in its years: pages name them, lists leave them out. */
  withoutFigures: IndicatorScope[];
  observations: Scoped<ObservationRecord>[];
  measures: Scoped<MeasureRecord>[];
  entities: Scoped<EntityRecord>[];
  targets: Scoped<TargetRecord>[];
  documents: Scoped<PolicyDocumentRecord>[];
  cityFigures: Scoped<CityFigureRecord>[];
  sources: SourceRecord[];
}

/** The dimensions that narrow each kind of record. */
export const RECORD_DIMENSIONS = {
  indicator: ["district", "sector", "direction"],
  observation: ["district", "sector", "direction", "year"],
  measure: ["district", "sector", "direction", "status", "year"],
  entity: ["district", "sector", "direction", "year"],
  target: ["district", "sector", "direction", "progress", "year"],
  document: ["direction", "year"],
  cityFigure: ["year"],
} as const satisfies Record<string, readonly FilterDimension[]>;

const orNull = (list: readonly string[]): readonly string[] | null => (list.length > 0 ? list : null);
const uniq = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** District and sector of an indicator's series: every observation of a series shares them (data check). */
export function indicatorFacets(ind: IndicatorRecord, series: readonly ObservationRecord[]): Facets {
  return {
    districts: orNull(uniq(series.flatMap((o) => (o.district ? [o.district] : [])))),
    sectors: orNull(uniq([ind.sector, ...series.map((o) => o.sector)].flatMap((s) => (s ? [s] : [])))),
    directions: [ind.direction],
    status: null,
    years: [],
  };
}

/** A figure is about what its series is about, in the year of its date. */
export function observationFacets(o: Pick<ObservationRecord, "asOf">, indicator: Facets): Facets {
  return { ...indicator, years: [yearOf(o.asOf)] };
}

export function measureFacets(m: MeasureRecord, today: Date = new Date()): Facets {
  return {
    districts: orNull(m.districts),
    sectors: orNull(m.sectors),
    directions: [m.direction],
    status: measureStatus(m, today),
    years: [yearOf(m.date)],
  };
}

export function entityFacets(ds: Dataset, e: EntityRecord): Facets {
  const list = ds.index.entityList.get(e.list);
  return {
    districts: e.district ? [e.district] : null,
    sectors: e.sector ? [e.sector] : null,
    directions: list ? [list.direction] : [],
    status: null,
    years: e.date ? [yearOf(e.date)] : [],
  };
}

function scope<T>(
  records: readonly T[],
  facets: (record: T) => Facets,
  filter: Filter,
  dims: readonly FilterDimension[],
): Scoped<T>[] {
  const test = compileFilter(filter, dims);
  return records.flatMap((record) => {
    const about = facets(record);
    const fit = test ? test(about) : [];
    return fit === false ? [] : [{ record, facets: about, unbroken: fit }];
  });
}

function makeSelection(ds: Dataset, filter: Filter, today: Date): Selection {
  const years = filter.years.length > 0 ? new Set(filter.years) : null;
  const indicatorTest = compileFilter(filter, RECORD_DIMENSIONS.indicator);
  const facetsById = new Map<string, Facets>();
  const indicators: IndicatorScope[] = [];
  const withoutFigures: IndicatorScope[] = [];
  for (const record of ds.indicators) {
    const series = ds.index.observationsByIndicator.get(record.id) ?? [];
    const facets = indicatorFacets(record, series);
    facetsById.set(record.id, facets);
    const fit = indicatorTest ? indicatorTest(facets) : [];
    if (fit === false) continue;
    const observations = years ? series.filter((o) => years.has(yearOf(o.asOf))) : series;
    const scoped = { record, facets, unbroken: fit, series, observations };
    (years && observations.length === 0 ? withoutFigures : indicators).push(scoped);
  }
  const none: Facets = { districts: null, sectors: null, directions: [], status: null, years: [] };
  const observations = scope(
    ds.observations,
    (o) => observationFacets(o, facetsById.get(o.indicator) ?? none),
    filter,
    RECORD_DIMENSIONS.observation,
  );
  const measures = scope(ds.measures, (m) => measureFacets(m, today), filter, RECORD_DIMENSIONS.measure);
  const entities = scope(ds.entities, (e) => entityFacets(ds, e), filter, RECORD_DIMENSIONS.entity);
  const targets = scope(
    ds.targets,
    (t) => ({
      ...(facetsById.get(t.indicator) ?? none),
      progress: evaluateTarget(t, ds.index.observationsByIndicator.get(t.indicator) ?? [], today).status,
      years: t.due ? [yearOf(t.due)] : [],
    }),
    filter,
    RECORD_DIMENSIONS.target,
  );
  const documents = scope(ds.policyDocuments, documentFacets, filter, RECORD_DIMENSIONS.document);
  const cityFigures = scope(ds.cityFigures, cityFigureFacets, filter, RECORD_DIMENSIONS.cityFigure);
  const sources = sourcesOf(ds, filter, {
    observations,
    measures,
    entities,
    targets,
    documents,
    cityFigures,
  });
  return {
    dataset: ds,
    filter,
    documents,
    cityFigures,
    indicators,
    withoutFigures,
    observations,
    measures,
    entities,
    targets,
    sources,
  };
}

/** A policy document is about its directions, in the year it was published (undated: left out by a year filter). */
export function documentFacets(d: PolicyDocumentRecord): Facets {
  return {
    districts: null,
    sectors: null,
    directions: d.directions,
    status: null,
    years: d.published ? [yearOf(d.published)] : [],
  };
}

/** Another city's figure: only its date can be filtered (Beijing's districts and sectors do not apply). */
export function cityFigureFacets(c: CityFigureRecord): Facets {
  return { districts: null, sectors: null, directions: [], status: null, years: [yearOf(c.asOf)] };
}

/** Every source when nothing is filtered; otherwise the sources behind the selected records. */
function sourcesOf(
  ds: Dataset,
  filter: Filter,
  picked: Pick<Selection, "observations" | "measures" | "entities" | "targets" | "documents" | "cityFigures">,
): SourceRecord[] {
  if (!isFilterActive({ ...filter, q: "" })) return ds.sources;
  const ids = new Set<string>();
  picked.observations.forEach(({ record }) => citedSources(record).forEach((s) => ids.add(s)));
  picked.measures.forEach(({ record }) => record.sources.forEach((s) => ids.add(s)));
  picked.entities.forEach(({ record }) => {
    ids.add(record.source);
    const list = ds.index.entityList.get(record.list);
    if (list) ids.add(list.source);
  });
  picked.targets.forEach(({ record }) => ids.add(record.source));
  picked.documents.forEach(({ record }) => record.sources.forEach((s) => ids.add(s)));
  picked.cityFigures.forEach(({ record }) => ids.add(record.source));
  ds.directions
    .filter((d) => filter.directions.length === 0 || filter.directions.includes(d.code))
    .forEach((d) => ids.add(d.source));
  return ds.sources.filter((s) => ids.has(s.id));
}

/** The filter without its text search, with every list in a fixed order: the cache key of a selection. */
export function normaliseFilter(filter: Filter): Filter {
  const sorted = <T extends string | number>(list: readonly T[]) => [...new Set(list)].sort();
  return {
    districts: sorted(filter.districts),
    sectors: sorted(filter.sectors),
    directions: sorted(filter.directions),
    statuses: sorted(filter.statuses),
    progress: sorted(filter.progress),
    years: [...new Set(filter.years)].sort((a, b) => a - b),
    q: "",
  };
}

const CACHE_SIZE = 256;
const selections = new WeakMap<Dataset, Map<string, Selection>>();

/**
 * The records left by the filter. Made once per dataset version, filter and day (a target's status and a
 * plan's period depend on the date), then served from a small cache (a dataset update is a new Dataset
 * object, so its cache starts empty).
 */
export function select(ds: Dataset, filter: Filter = EMPTY_FILTER): Selection {
  const normal = normaliseFilter(filter);
  const today = new Date();
  const key = `${today.toISOString().slice(0, 10)}|${JSON.stringify(normal)}`;
  let cache = selections.get(ds);
  if (!cache) {
    cache = new Map();
    selections.set(ds, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const made = makeSelection(ds, normal, today);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, made);
  return made;
}
