/** Types of lib/server/bridge.mjs. */
import type { ServerResponse } from "node:http";
export const BODY_CODING_HEADER: string;
export function codedBodies(): (res: ServerResponse) => void;
export function codedBodiesPass(): boolean;
