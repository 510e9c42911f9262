/**
 * Option lists shared by badges, filters, charts and tests: one place for codes, colours and icons.
 * Labels come from the message catalogs (`status.*`, `confidence.*`, `directions.*`).
 */
import type { Confidence } from "@/lib/domain/codes";
import type { MeasureStatus } from "@/lib/filter/filter";

export const STATUS_STYLE: Record<MeasureStatus, { color: string; icon: string }> = {
  planned: { color: "gray", icon: "○" },
  pilot: { color: "amber", icon: "◔" },
  "commercial-pilot": { color: "violet", icon: "◑" },
  "in-operation": { color: "blue", icon: "◕" },
  completed: { color: "emerald", icon: "●" },
};

export const CONFIDENCE_STYLE: Record<Confidence, { color: string; icon: string }> = {
  high: { color: "emerald", icon: "✓" },
  medium: { color: "amber", icon: "~" },
  secondary: { color: "orange", icon: "?" },
};
