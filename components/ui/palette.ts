/**
 * The categorical colours of bars, slices and legend dots, in a fixed order, as whole class names so
 * Tailwind keeps them. Each pairs a fill (SVG) with a background (HTML) of the same hue, and gives that
 * hue (Tailwind's 500 shade) as a colour for files, which have no style sheet.
 */
export const PALETTE = [
  { fill: "fill-blue-500", bg: "bg-blue-500", hex: "#3b82f6" },
  { fill: "fill-emerald-500", bg: "bg-emerald-500", hex: "#10b981" },
  { fill: "fill-violet-500", bg: "bg-violet-500", hex: "#8b5cf6" },
  { fill: "fill-amber-500", bg: "bg-amber-500", hex: "#f59e0b" },
  { fill: "fill-rose-500", bg: "bg-rose-500", hex: "#f43f5e" },
  { fill: "fill-cyan-500", bg: "bg-cyan-500", hex: "#06b6d4" },
  { fill: "fill-indigo-500", bg: "bg-indigo-500", hex: "#6366f1" },
  { fill: "fill-lime-500", bg: "bg-lime-500", hex: "#84cc16" },
  { fill: "fill-fuchsia-500", bg: "bg-fuchsia-500", hex: "#d946ef" },
  { fill: "fill-orange-500", bg: "bg-orange-500", hex: "#f97316" },
  { fill: "fill-teal-500", bg: "bg-teal-500", hex: "#14b8a6" },
  { fill: "fill-pink-500", bg: "bg-pink-500", hex: "#ec4899" },
  { fill: "fill-sky-500", bg: "bg-sky-500", hex: "#0ea5e9" },
  { fill: "fill-slate-500", bg: "bg-slate-500", hex: "#64748b" },
] as const;

export const paletteAt = (i: number) => PALETTE[i % PALETTE.length] ?? PALETTE[0];
