/** A measure's status as readers see it: the recorded status, unless the plan's period has run out. */
import type { MeasureStatus } from "@/lib/domain/codes";
import type { MeasureRecord } from "@/lib/domain/schema";
import { endOf } from "@/lib/format/dates";

/** Statuses that say a measure is still under way; once its period has ended they no longer hold. */
const UNDER_WAY: readonly MeasureStatus[] = ["planned", "pilot", "commercial-pilot", "in-operation"];

/**
 * A plan with a period ("2024–2025") whose last year has passed reads "period ended — no outcome
 * published" rather than "in operation", until the data records an outcome (status `completed`).
 */
export function measureStatus(
  m: Pick<MeasureRecord, "status" | "ends">,
  today: Date = new Date(),
): MeasureStatus {
  if (m.ends !== null && UNDER_WAY.includes(m.status) && today.getTime() > endOf(m.ends).getTime())
    return "period-ended";
  return m.status;
}
