/**
 * Charts and a file frame for the chart tests: the fixture dataset's series, unfiltered, in English; and
 * the page's markup of a component, rendered on the server with the English messages.
 */
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import messages from "@/lib/i18n/messages/en.json";
import { EMPTY_FILTER } from "@/lib/filter/filter";
import { chartedSeries, type SeriesChartData } from "@/lib/queries/charts";
import { indicatorViews } from "@/lib/queries/indicators";
import { select } from "@/lib/queries/select";
import { fixtureDataset } from "@/lib/test/fixture-dataset";
import type { ChartFrame } from "./chart-export";

/** A frame whose title needs escaping. */
export const TEST_FRAME: ChartFrame = {
  title: "Robotaxi fleet <test> & “quotes”",
  subtitle: "Vehicles (vehicles)",
  sourceLine: "Source: Pub A, 2024",
  asOfLine: "Latest figure: 2025",
  url: "https://tracker.example/en/directions/application#series",
  brand: "Beijing AI Policy Tracker",
};

/** Every series chart of the fixture with at least one figure. */
export function fixtureCharts(): SeriesChartData[] {
  const views = indicatorViews(select(fixtureDataset(), EMPTY_FILTER), "en").listed;
  return chartedSeries(views, "en", 1).map((c) => c.chart);
}

/** The fixture's chart of one indicator. */
export function fixtureChart(id: string): SeriesChartData {
  const chart = fixtureCharts().find((c) => c.indicator === id);
  if (!chart) throw new Error(`no chart of ${id}`);
  return chart;
}

/** A component's markup as the server renders it in English. */
export function englishMarkup(element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      // The element is its child (the provider's props require one).
      { locale: "en", timeZone: "UTC", messages } as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
}
