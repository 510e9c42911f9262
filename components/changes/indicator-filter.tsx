"use client";

import { Suspense, useId } from "react";
import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";

/**
 * Narrows the change log to one indicator: a native select (keyboard and screen readers know it), kept in
 * the address (`?indicator=`) through nuqs; the filter bar on the page fetches the page for the new address.
 */
interface Props {
  options: readonly { id: string; label: string }[];
  label: string;
  all: string;
}

export function IndicatorFilter(props: Props) {
  // The address is read in the browser: a prerendered page shows "all" until then, and the select is
  // disabled until it can act (a choice made before the page's script runs would be silently lost).
  return (
    <Suspense fallback={<IndicatorSelect {...props} value="" />}>
      <FromAddress {...props} />
    </Suspense>
  );
}

function FromAddress(props: Props) {
  const [{ indicator }, setQuery] = useQueryStates(
    { indicator: parseAsString, page: parseAsInteger },
    { shallow: true, history: "push", scroll: false },
  );
  // Another indicator starts the log at its first page again.
  const setIndicator = (v: string | null) => setQuery({ indicator: v, page: null });
  return (
    <IndicatorSelect
      {...props}
      value={indicator ?? ""}
      onChange={(v) => void setIndicator(v === "" ? null : v)}
    />
  );
}

function IndicatorSelect({
  options,
  label,
  all,
  value,
  onChange,
}: Props & { value: string; onChange?: (value: string) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="filter-indicator">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        value={options.some((o) => o.id === value) ? value : ""}
        onChange={(e) => onChange?.(e.target.value)}
        disabled={onChange === undefined}
        className="edge h-10 max-w-xs rounded-md border bg-white px-2 text-sm dark:bg-gray-950"
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
