/** Fill colours by name, written out so Tailwind keeps them. */
const FILL = {
  blue: "bg-tremor-brand dark:bg-dark-tremor-brand",
  emerald: "bg-emerald-600 dark:bg-emerald-500",
} as const;

/**
 * A bar of 0–100 %, rendered on the server. It repeats a figure the card already states in words, so it
 * is drawn for the eye only; with `label` it is an image of that name instead (`role="img"`).
 */
export function ProgressBar({
  value,
  color = "blue",
  label,
}: {
  value: number;
  color?: keyof typeof FILL;
  label?: string;
}) {
  const pct = Math.max(0, Math.min(100, value));
  return (
    <div
      className="relative h-2 w-full rounded-tremor-full bg-tremor-brand-muted/50 dark:bg-dark-tremor-brand-muted"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      data-value={pct}
      data-testid="progress-bar"
    >
      <div className={`h-full rounded-tremor-full ${FILL[color]}`} style={{ width: `${pct}%` }} />
    </div>
  );
}
