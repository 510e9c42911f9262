"use client";

import { Popover } from "@/components/ui/popover";
import type { Option } from "@/lib/filter/options";

/**
 * A button that opens a list of checkboxes (see Popover for how it opens, moves and closes). It stays open
 * while the reader ticks several values: the page's new view arrives around it, and the list keeps its
 * place, its focus and its open state.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  testId,
}: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (next: string[]) => void;
  testId?: string;
}) {
  return (
    <Popover
      testId={testId}
      label={label}
      buttonClassName={`flex h-9 items-center gap-1.5 rounded-tremor-default border px-3 text-sm ${
        selected.length > 0
          ? "border-tremor-brand bg-tremor-brand-faint text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
          : "edge hover-fill bg-white dark:bg-dark-tremor-background"
      }`}
      trigger={
        <>
          {label}
          {selected.length > 0 && (
            <span className="rounded-full bg-tremor-brand px-1.5 text-xs text-white">{selected.length}</span>
          )}
          <span aria-hidden>▾</span>
        </>
      }
    >
      {options.map((o) => {
        const checked = selected.includes(o.value);
        return (
          <label
            key={o.value}
            className="hover-fill flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm"
          >
            <input
              type="checkbox"
              className="h-4 w-4 accent-blue-600"
              checked={checked}
              value={o.value}
              onChange={() =>
                onChange(checked ? selected.filter((v) => v !== o.value) : [...selected, o.value])
              }
            />
            {o.label}
          </label>
        );
      })}
    </Popover>
  );
}
