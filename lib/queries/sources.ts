/** Sources with what each supports, for the sources page, its table and the API. */
import type { Dataset } from "@/lib/data/types";
import type { DirectionCode, Locale } from "@/lib/domain/codes";
import { EMPTY_FILTER, type Filter } from "@/lib/filter/filter";
import { compareDates } from "@/lib/format/dates";
import { pick } from "@/lib/format/localize";
import { citedSources, opensReport, perLocale, toSourceRef } from "./refs";
import { select, type Selection } from "./select";
import type { SourceView } from "./views";

const viewsOf = perLocale((sel: Selection, locale: Locale): SourceView[] => {
  const ds = sel.dataset;
  return (
    [...sel.sources]
      // Newest first; sources with no recorded publication date last.
      .sort((a, b) =>
        a.published === null || b.published === null
          ? Number(a.published === null) - Number(b.published === null)
          : compareDates(b.published, a.published),
      )
      .map((s) => {
        const obs = ds.observations.filter((o) => citedSources(o).includes(s.id));
        const indicators = [...new Set(obs.map((o) => o.indicator))].flatMap((id) => {
          const ind = ds.index.indicator.get(id);
          return ind
            ? [
                {
                  id,
                  label: pick(ind.label, locale),
                  direction: ind.direction,
                  count: obs.filter((o) => o.indicator === id).length,
                },
              ]
            : [];
        });
        const measures = ds.measures
          .filter((m) => m.sources.includes(s.id))
          .map((m) => ({ id: m.id, title: pick(m.title, locale), direction: m.direction }));
        const directions = new Set<DirectionCode>([
          ...indicators.map((i) => i.direction),
          ...measures.map((m) => m.direction),
        ]);
        ds.directions.filter((d) => d.source === s.id).forEach((d) => directions.add(d.code));
        return {
          ...toSourceRef(s, locale),
          supports: {
            indicators,
            measures,
            entities:
              ds.entities.filter((e) => e.source === s.id).length +
              ds.entityLists.filter((l) => l.source === s.id).length,
            targets: ds.targets
              .filter((t) => t.source === s.id)
              .map((t) => ({ id: t.id, label: pick(t.label, locale) })),
            directions: [...directions],
          },
        };
      })
  );
});

export function sourceViews(sel: Selection, locale: Locale): SourceView[] {
  return viewsOf(sel, locale);
}

/** Every source when no filter is active; otherwise the sources behind the records it leaves. */
export function getSources(ds: Dataset, locale: Locale, filter: Filter = EMPTY_FILTER): SourceView[] {
  return sourceViews(select(ds, filter), locale);
}

/** How many figures cite at least one report whose link leads to the report itself: the footer's promise. */
export function openableFigures(ds: Dataset): { opens: number; total: number } {
  const opens = ds.observations.filter((o) =>
    citedSources(o).some((id) => opensReport(ds.index.source.get(id)?.url ?? null)),
  ).length;
  return { opens, total: ds.observations.length };
}
