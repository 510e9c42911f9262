/** Types of lib/server/bridge.mjs. */
import type { ServerResponse } from "node:http";
export function publishPageTags(tagOf: (pathname: string) => string | null): void;
export function currentPageTag(pathname: string): string | null;
export const BODY_CODING_HEADER: string;
export function codedBodies(): (res: ServerResponse) => void;
export function codedBodiesPass(): boolean;
