"use client";

import { useId, useTransition } from "react";
import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import { INDICATOR_PARAM, PAGE_PARAM } from "@/lib/filter/search-params";
import { useHydrated } from "@/lib/ui/hydrated";

/**
 * Narrows the change log to one indicator: a native select (keyboard and screen readers know it), kept in
 * the address (`?indicator=`) through nuqs, which asks the server for the log at the new address.
 */
interface Props {
  options: readonly { id: string; label: string }[];
  label: string;
  all: string;
}

export function IndicatorFilter(props: Props) {
  const [pending, startTransition] = useTransition();
  const [{ indicator }, setQuery] = useQueryStates(
    { [INDICATOR_PARAM]: parseAsString, [PAGE_PARAM]: parseAsInteger },
    { shallow: false, history: "push", scroll: false, startTransition },
  );
  // Another indicator starts the log at its first page again.
  const setIndicator = (v: string | null) => setQuery({ [INDICATOR_PARAM]: v, [PAGE_PARAM]: null });
  // Disabled until the page's script runs: a choice made before then would be silently lost.
  const hydrated = useHydrated();
  return (
    <IndicatorSelect
      {...props}
      value={indicator ?? ""}
      pending={pending}
      onChange={hydrated ? (v) => void setIndicator(v === "" ? null : v) : undefined}
    />
  );
}

function IndicatorSelect({
  options,
  label,
  all,
  value,
  pending,
  onChange,
}: Props & { value: string; pending: boolean; onChange?: (value: string) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="filter-indicator" aria-busy={pending}>
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
