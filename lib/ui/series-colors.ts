import { stableHash } from "@/lib/format/hash";

/**
 * One colour per series, fixed by the indicator's id: a filter that hides other series never recolours the
 * ones left. Each colour has a light-mode and a dark-mode shade, both readable on the card background.
 * Plain constants: the browser may import this file.
 */
export interface SeriesColor {
  /** Tailwind text colour classes; a chart draws its series in `currentColor`. */
  className: string;
  light: string;
  dark: string;
}

/** Tailwind's 600 (amber: 700) shades on white, 400 shades on gray-900. */
export const SERIES_PALETTE: readonly SeriesColor[] = [
  { className: "text-blue-600 dark:text-blue-400", light: "#2563eb", dark: "#60a5fa" },
  { className: "text-emerald-600 dark:text-emerald-400", light: "#059669", dark: "#34d399" },
  { className: "text-violet-600 dark:text-violet-400", light: "#7c3aed", dark: "#a78bfa" },
  { className: "text-orange-600 dark:text-orange-400", light: "#ea580c", dark: "#fb923c" },
  { className: "text-rose-600 dark:text-rose-400", light: "#e11d48", dark: "#fb7185" },
  { className: "text-cyan-600 dark:text-cyan-400", light: "#0891b2", dark: "#22d3ee" },
  { className: "text-fuchsia-600 dark:text-fuchsia-400", light: "#c026d3", dark: "#e879f9" },
  { className: "text-amber-700 dark:text-amber-400", light: "#b45309", dark: "#fbbf24" },
];

const FALLBACK: SeriesColor = {
  className: "text-blue-600 dark:text-blue-400",
  light: "#2563eb",
  dark: "#60a5fa",
};

/** The series' colour, from its indicator id alone. */
export function seriesColor(indicatorId: string): SeriesColor {
  return SERIES_PALETTE[stableHash(indicatorId) % SERIES_PALETTE.length] ?? FALLBACK;
}
