/** One figure (an observation) with everything its own page shows, and its citation. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import type { CitedFigure } from "@/lib/cite/citation";
import { pick } from "@/lib/format/localize";
import { changesOf, type ChangeView } from "@/lib/changes/log";
import { directionName } from "./refs";
import { observationView } from "./indicators";
import { targetView, type TargetView } from "./targets";
import type { ObservationView, SourceRef } from "./views";

export interface FigureView {
  figure: ObservationView;
  indicator: {
    id: string;
    label: string;
    definition: string;
    unitLabel: string;
    direction: { code: string; name: string };
  };
  /** Every figure of the same indicator, oldest first; the one of this page has `current`. */
  series: (ObservationView & { current: boolean })[];
  /** Targets this figure's indicator counts towards. */
  targets: TargetView[];
  /** Other figures from the same original document (or, without one, the same report), in data order. */
  fromSameSource: { id: string; indicatorLabel: string; text: string; asOf: string }[];
  /** The change log's entries about this figure and about its series, newest first. */
  changes: ChangeView[];
  version: string;
  /** ISO date of the dataset version. */
  versionDate: string;
}

/** A figure by its observation id, or null for an unknown id. */
export function getFigure(ds: Dataset, id: string, locale: Locale): FigureView | null {
  const o = ds.index.observation.get(id);
  const ind = o ? ds.index.indicator.get(o.indicator) : undefined;
  if (!o || !ind) return null;
  const series = (ds.index.observationsByIndicator.get(ind.id) ?? []).map((x) => ({
    ...observationView(ds, x, ind, locale),
    current: x.id === o.id,
  }));
  const origin = (x: typeof o) => x.original ?? x.source;
  const fromSameSource = ds.observations
    .filter((x) => origin(x) === origin(o) && x.id !== o.id)
    .flatMap((x) => {
      const xi = ds.index.indicator.get(x.indicator);
      if (!xi) return [];
      const view = observationView(ds, x, xi, locale);
      return [{ id: x.id, indicatorLabel: pick(xi.label, locale), text: view.display.text, asOf: x.asOf }];
    });
  const figure = series.find((x) => x.current) ?? { ...observationView(ds, o, ind, locale), current: true };
  return {
    figure,
    indicator: {
      id: ind.id,
      label: pick(ind.label, locale),
      definition: pick(ind.definition, locale),
      unitLabel: figure.display.unit,
      direction: { code: ind.direction, name: directionName(ds, ind.direction, locale) },
    },
    series,
    targets: ds.targets.filter((t) => t.indicator === ind.id).flatMap((t) => targetView(ds, t, locale) ?? []),
    fromSameSource,
    changes: [
      ...changesOf(ds, "observations", o.id, locale),
      ...changesOf(ds, "indicators", ind.id, locale),
    ].sort((a, b) => b.date.localeCompare(a.date)),
    version: ds.version,
    versionDate: ds.updatedAt.slice(0, 10),
  };
}

/** What a citation of this figure names, given the tracker's name, the page's URL and today's date. */
export function citedFigure(
  view: FigureView,
  { tracker, url, accessed }: { tracker: string; url: string; accessed: string },
): CitedFigure {
  return citedObservation(view.figure, view.indicator.label, view, { tracker, url, accessed });
}

/** The same for any figure on screen (a KPI card's latest figure): its indicator's label and the dataset. */
export function citedObservation(
  figure: ObservationView,
  indicatorLabel: string,
  dataset: { version: string; versionDate: string },
  { tracker, url, accessed }: { tracker: string; url: string; accessed: string },
): CitedFigure {
  const cited = (s: SourceRef) => ({
    publisher: s.publisher,
    title: s.title,
    // Only a source without a recorded title is cited by its description (lib/cite/citation.ts): the others'
    // descriptions would only weigh down every page that offers the citation.
    description: s.title === null ? s.description : "",
    published: s.published,
    url: s.url,
  });
  // Reports a reader can open first, then the others, in the data's order.
  const reports = [...figure.reportedBy].sort((a, b) => Number(b.opens) - Number(a.opens));
  return {
    id: figure.id,
    tracker,
    label: `${indicatorLabel}: ${figure.display.text}`,
    asOf: figure.asOf,
    url,
    version: dataset.version,
    versionDate: dataset.versionDate,
    accessed,
    // The original document when the figure is known through reports of it, else the report it was read in.
    source: cited(figure.original ?? figure.source),
    reportedBy: (figure.original ? reports : reports.filter((r) => r.id !== figure.source.id)).map(cited),
  };
}

/** The figure a retired id now lives under (renamed, or moved to a series of its own), if any. */
export function renamedFigure(ds: Dataset, id: string): string | null {
  const entry = ds.changes.find(
    (c) => c.file === "observations" && c.previousId === id && ds.index.observation.has(c.record),
  );
  return entry?.record ?? null;
}
