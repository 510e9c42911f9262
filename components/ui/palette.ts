/**
 * The categorical colours of bars, slices and legend dots, in a fixed order, as whole class names so
 * Tailwind keeps them. Each pairs a fill (SVG) with a background (HTML) of the same hue.
 */
export const PALETTE = [
  { fill: "fill-blue-500", bg: "bg-blue-500" },
  { fill: "fill-emerald-500", bg: "bg-emerald-500" },
  { fill: "fill-violet-500", bg: "bg-violet-500" },
  { fill: "fill-amber-500", bg: "bg-amber-500" },
  { fill: "fill-rose-500", bg: "bg-rose-500" },
  { fill: "fill-cyan-500", bg: "bg-cyan-500" },
  { fill: "fill-indigo-500", bg: "bg-indigo-500" },
  { fill: "fill-lime-500", bg: "bg-lime-500" },
  { fill: "fill-fuchsia-500", bg: "bg-fuchsia-500" },
  { fill: "fill-orange-500", bg: "bg-orange-500" },
  { fill: "fill-teal-500", bg: "bg-teal-500" },
  { fill: "fill-pink-500", bg: "bg-pink-500" },
  { fill: "fill-sky-500", bg: "bg-sky-500" },
  { fill: "fill-slate-500", bg: "bg-slate-500" },
] as const;

export const paletteAt = (i: number) => PALETTE[i % PALETTE.length] ?? PALETTE[0];
