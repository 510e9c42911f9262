/** Types of lib/server/compressed-pages.mjs. */
import type { IncomingMessage, ServerResponse } from "node:http";
export interface CompressedPages {
  (req: IncomingMessage, res: ServerResponse): boolean;
  holds(address: string): boolean;
  held(): { addresses: string[]; bytes: number; busy: number };
}
export function compressedPages(options?: {
  tagOf?: (pathname: string) => string | null;
  maxBytes?: number;
  onError?: (error: unknown) => void;
}): CompressedPages;
