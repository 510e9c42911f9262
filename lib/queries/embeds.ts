/** What an embedded figure or chart shows: read once here for the embed pages and the Embed control. */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/domain/codes";
import { chartedSeries, type ChartedSeries } from "./charts";
import { indicatorViews } from "./indicators";
import { select } from "./select";

/** The chart of one indicator over the whole dataset (no filter), or null for an unknown id or no figure. */
export function embeddedSeries(ds: Dataset, id: string, locale: Locale): ChartedSeries | null {
  const view = indicatorViews(select(ds), locale).listed.find((i) => i.id === id);
  return view ? (chartedSeries([view], locale)[0] ?? null) : null;
}

/** Heights (px) that show an embed whole without scrolling, for the iframe code. */
export const EMBED_HEIGHT = { figure: 260, indicator: 460 } as const;
