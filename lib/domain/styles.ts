/**
 * How each code looks: one tone and one icon per status, target status and confidence level, shared by
 * badges, roll-ups and charts. Labels come from the message catalogs. Icons and text, never colour alone.
 */
import type { Confidence, MeasureStatus, TargetStatus } from "./codes";

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
};

export const TARGET_STATUS_STYLE: Record<TargetStatus, CodeStyle> = {
  achieved: { tone: "emerald", icon: "✔" },
  "on-track": { tone: "blue", icon: "↗" },
  "needs-attention": { tone: "amber", icon: "⚠" },
  "off-track": { tone: "rose", icon: "✖" },
  overdue: { tone: "orange", icon: "⌛" },
  "not-enough-data": { tone: "gray", icon: "?" },
};

export const CONFIDENCE_STYLE: Record<Confidence, CodeStyle> = {
  high: { tone: "emerald", icon: "✓" },
  medium: { tone: "amber", icon: "~" },
  secondary: { tone: "orange", icon: "?" },
};
