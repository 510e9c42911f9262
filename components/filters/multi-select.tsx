"use client";

import { useEffect, useId, useRef, useState } from "react";

import type { Option } from "@/lib/filter/options";

/** A button that opens a list of checkboxes. Escape or a click outside closes it. */
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
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative"
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={`flex h-9 items-center gap-1.5 rounded-tremor-default border px-3 text-sm ${
          selected.length > 0
            ? "border-tremor-brand bg-tremor-brand-faint text-tremor-brand-emphasis dark:border-dark-tremor-brand dark:bg-dark-tremor-brand-faint dark:text-dark-tremor-brand-emphasis"
            : "border-tremor-border bg-white hover:bg-tremor-background-subtle dark:border-dark-tremor-border dark:bg-dark-tremor-background dark:hover:bg-dark-tremor-background-subtle"
        }`}
      >
        {label}
        {selected.length > 0 && (
          <span className="rounded-full bg-tremor-brand px-1.5 text-xs text-white dark:bg-dark-tremor-brand">
            {selected.length}
          </span>
        )}
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <fieldset
          id={panelId}
          className="absolute left-0 z-40 mt-1 max-h-72 w-64 overflow-y-auto rounded-tremor-default border border-tremor-border bg-white p-2 shadow-tremor-dropdown dark:border-dark-tremor-border dark:bg-dark-tremor-background"
        >
          <legend className="sr-only">{label}</legend>
          {options.map((o) => {
            const checked = selected.includes(o.value);
            return (
              <label
                key={o.value}
                className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-tremor-background-subtle dark:hover:bg-dark-tremor-background-subtle"
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
        </fieldset>
      )}
    </div>
  );
}
