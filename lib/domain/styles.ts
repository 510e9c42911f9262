/**
 * How each code looks: one tone and one icon per status, target status and confidence level, shared by
 * badges, roll-ups and charts. Labels come from the message catalogs. Icons and text, never colour alone.
 */
import type { Confidence, MeasureStatus, StatusGroup, TargetStatus } from "./codes";

export type Tone = "gray" | "amber" | "violet" | "blue" | "emerald" | "rose" | "orange";

export interface CodeStyle {
  tone: Tone;
  icon: string;
}

export const STATUS_STYLE: Record<MeasureStatus, CodeStyle> = {
  planned: { tone: "gray", icon: "○" },
  pilot: { tone: "amber", icon: "◔" },
  "commercial-pilot": { tone: "violet", icon: "◑" },
  "in-operation": { tone: "blue", icon: "◕" },
  completed: { tone: "emerald", icon: "●" },
  "period-ended": { tone: "orange", icon: "◷" },
};

export const TARGET_STATUS_STYLE: Record<TargetStatus, CodeStyle> = {
  achieved: { tone: "emerald", icon: "✔" },
  "on-track": { tone: "blue", icon: "↗" },
  "needs-attention": { tone: "amber", icon: "⚠" },
  "off-track": { tone: "rose", icon: "✖" },
  overdue: { tone: "orange", icon: "◷" },
  "not-enough-data": { tone: "gray", icon: "?" },
};

export const CONFIDENCE_STYLE: Record<Confidence, CodeStyle> = {
  high: { tone: "emerald", icon: "✓" },
  medium: { tone: "amber", icon: "~" },
  secondary: { tone: "orange", icon: "?" },
};

/** The status groups of the overview's verdict and the direction cards: icon, and a solid fill for bars. */
export const STATUS_GROUP_STYLE: Record<StatusGroup, CodeStyle & { fill: string }> = {
  achieved: { tone: "emerald", icon: "✔", fill: "bg-emerald-600 dark:bg-emerald-500" },
  "on-track": { tone: "blue", icon: "↗", fill: "bg-blue-600 dark:bg-blue-500" },
  behind: { tone: "rose", icon: "✖", fill: "bg-rose-600 dark:bg-rose-500" },
  overdue: { tone: "orange", icon: "◷", fill: "bg-orange-500 dark:bg-orange-400" },
  "not-enough-data": { tone: "gray", icon: "?", fill: "bg-gray-400 dark:bg-gray-500" },
};
