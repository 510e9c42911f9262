/** Types of lib/server/warm-pages.mjs. */
import type { AddressInfo } from "node:net";
export const WARM_EVERY_MS: number;
export function loopback(listening: AddressInfo): (address: string) => Promise<number>;
export interface WarmPages {
  pass(): Promise<number>;
  start(): void;
  stop(): void;
}
export function warmPages(options: {
  get: (address: string) => Promise<number>;
  holds: (address: string) => boolean;
  idle?: () => boolean;
  idleWaitMs?: number;
  views?: () => readonly string[] | null;
  tagOf?: (address: string) => string | null;
  everyMs?: number;
  log?: (line: string) => void;
}): WarmPages;
