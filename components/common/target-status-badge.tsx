import { useTranslations } from "next-intl";
import type { TargetStatus } from "@/lib/queries/progress";

export const TARGET_STATUS_STYLE: Record<TargetStatus, { icon: string; className: string }> = {
  achieved: {
    icon: "✔",
    className:
      "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  },
  "on-track": {
    icon: "↗",
    className:
      "border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-200",
  },
  "needs-attention": {
    icon: "⚠",
    className:
      "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  },
  "off-track": {
    icon: "✖",
    className:
      "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200",
  },
  "not-enough-data": {
    icon: "?",
    className:
      "border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-200",
  },
};

/** Target status as icon and text, never colour alone. */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const t = useTranslations("progress.status");
  const style = TARGET_STATUS_STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${style.className}`}
      data-status={status}
    >
      <span aria-hidden>{style.icon}</span>
      {t(status)}
    </span>
  );
}
