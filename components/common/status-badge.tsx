import { useTranslations } from "next-intl";
import type { MeasureStatus } from "@/lib/filter/filter";
import { STATUS_STYLE } from "@/lib/domain/styles";

const CLASSES: Record<MeasureStatus, string> = {
  planned:
    "border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-200",
  pilot:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  "commercial-pilot":
    "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
  "in-operation":
    "border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-200",
  completed:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
};

/** Status as text and icon, never colour alone. */
export function StatusBadge({ status }: { status: MeasureStatus }) {
  const t = useTranslations("status");
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${CLASSES[status]}`}
    >
      <span aria-hidden>{STATUS_STYLE[status].icon}</span>
      {t(status)}
    </span>
  );
}
