import type { HTMLAttributes } from "react";

/**
 * A card in Tremor's look (its ring, radius, shadow and background tokens), rendered on the server: no
 * client JavaScript for a box. Padding comes from the caller.
 */
export function Card({ className = "", ...rest }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={`relative w-full rounded-tremor-default bg-tremor-background text-left shadow-tremor-card ring-1 ring-tremor-ring dark:bg-dark-tremor-background dark:shadow-dark-tremor-card dark:ring-dark-tremor-ring ${className}`}
      {...rest}
    />
  );
}
