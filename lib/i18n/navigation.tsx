import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * A link in the reader's language. It fetches its page when clicked, not before: a page holds up to a few
 * hundred links (sources, figures, documents), and prefetching each one that scrolls into view would cost
 * the reader's connection and the server a request per link. The header's navigation opts in
 * (`prefetch`), as the likeliest next clicks.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
