import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces client components read (filters, tables, the language and theme switches, live
 * refresh, the error page, and the badges table cells draw). Only these travel to the browser with every
 * page; server components read the whole catalog on the server.
 */
const CLIENT_NAMESPACES = [
  "errorPage",
  "filters",
  "notices",
  "live",
  "layout",
  "table",
  "columns",
  "tables",
  "status",
  "confidence",
  "cite",
  "search",
  "embed",
] as const;

export function clientMessages(all: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const ns of CLIENT_NAMESPACES) if (all[ns] !== undefined) picked[ns] = all[ns];
  // Badges in table cells name target statuses, which live under progress.status.
  const progress = all.progress;
  if (typeof progress === "object" && progress.status !== undefined)
    picked.progress = { status: progress.status };
  return picked;
}
