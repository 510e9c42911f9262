/** Types of lib/server/request-gate.mjs, for its unit tests. */
import type { IncomingMessage, ServerResponse } from "node:http";
export const MAX_URL_LENGTH: number;
export const CORS_HEADERS: Record<string, string>;
export function rawParamNames(url: string): string[];
export function gate(req: Pick<IncomingMessage, "method" | "url">, res: ServerResponse): boolean;
export function hideInternalHeaders(
  res: ServerResponse,
  req?: Pick<IncomingMessage, "headers" | "url">,
): void;
