import { useTranslations } from "next-intl";
import type { Confidence, MeasureStatus, TargetStatus } from "@/lib/domain/codes";
import {
  CONFIDENCE_STYLE,
  STATUS_STYLE,
  TARGET_STATUS_STYLE,
  type CodeStyle,
  type Tone,
} from "@/lib/domain/styles";

const TONES: Record<Tone, string> = {
  gray: "border-gray-300 bg-gray-50 text-gray-800 dark:border-gray-700 dark:bg-gray-900 dark:text-gray-200",
  amber:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  violet:
    "border-violet-300 bg-violet-50 text-violet-900 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
  blue: "border-blue-300 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-200",
  emerald:
    "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  rose: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200",
  orange:
    "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-800 dark:bg-orange-950 dark:text-orange-200",
};

export type BadgeProps =
  | { kind: "status"; value: MeasureStatus }
  | { kind: "target"; value: TargetStatus }
  /** Confidence is shown only when it is not high, unless `always`. */
  | { kind: "confidence"; value: Confidence; always?: boolean };

function Mark({
  style,
  label,
  title,
  data,
}: {
  style: CodeStyle;
  label: string;
  title?: string;
  /** The code, for tests and styles: data-status or data-confidence. */
  data: Record<`data-${string}`, string>;
}) {
  return (
    <span
      title={title}
      {...data}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[style.tone]}`}
    >
      <span aria-hidden>{style.icon}</span>
      {label}
    </span>
  );
}

/** One badge for every code: measure status, target status, confidence. Icon and text, never colour alone. */
export function Badge(props: BadgeProps) {
  const t = useTranslations();
  switch (props.kind) {
    case "status":
      return (
        <Mark
          style={STATUS_STYLE[props.value]}
          label={t(`status.${props.value}`)}
          data={{ "data-status": props.value }}
        />
      );
    case "target":
      return (
        <Mark
          style={TARGET_STATUS_STYLE[props.value]}
          label={t(`progress.status.${props.value}`)}
          data={{ "data-status": props.value }}
        />
      );
    case "confidence":
      if (props.value === "high" && !props.always) return null;
      return (
        <Mark
          style={CONFIDENCE_STYLE[props.value]}
          label={t(`confidence.${props.value}`)}
          title={t(`confidence.${props.value}Help`)}
          data={{ "data-confidence": props.value }}
        />
      );
  }
}
