import { useTranslations } from "next-intl";
import type { Confidence } from "@/lib/domain/codes";
import { CONFIDENCE_STYLE } from "@/lib/domain/styles";

const CLASSES: Record<Confidence, string> = {
  high: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  medium:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  secondary:
    "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-800 dark:bg-orange-950 dark:text-orange-200",
};

/** Confidence mark. By default only shown when confidence is not high. */
export function ConfidenceBadge({ level, always = false }: { level: Confidence; always?: boolean }) {
  const t = useTranslations("confidence");
  if (level === "high" && !always) return null;
  return (
    <span
      title={t(`${level}Help`)}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${CLASSES[level]}`}
    >
      <span aria-hidden>{CONFIDENCE_STYLE[level].icon}</span>
      {t(level)}
    </span>
  );
}
