/** Types of lib/server/encoding.mjs. */
export type Coding = "br" | "gzip";
export const CODINGS: readonly Coding[];
export const MIN_COMPRESS_BYTES: number;
export function chooseEncoding(
  header: string | null | undefined,
  offered?: readonly Coding[],
): Coding | "identity" | null;
export function compress(body: Uint8Array, coding: Coding): Promise<Buffer>;
export function compressNow(body: string | Uint8Array, coding: Coding): Buffer;
