import type { HTMLAttributes } from "react";

/**
 * A card in Tremor's look (its ring, radius, shadow and background tokens), rendered on the server: no
 * client JavaScript for a box. Padding comes from the caller.
 */
export function Card({ className = "", ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={`card ${className}`} {...rest} />;
}
