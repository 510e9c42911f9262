/** Types of lib/server/bridge.mjs. */
import type { ServerResponse } from "node:http";
export function publishPageTags(tagOf: (address: string) => string | null): void;
export function currentPageTag(address: string): string | null;
export function publishDefaultViews(addresses: readonly string[]): void;
export function defaultViews(): string[] | null;
export const PAGE_CACHE_CONTROL: string;
export const BODY_CODING_HEADER: string;
export function codedBodies(): (res: ServerResponse) => void;
export function codedBodiesPass(): boolean;
