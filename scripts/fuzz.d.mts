/** Types of scripts/fuzz.mjs, for the browser tests that run it. */
export function fuzz(
  base: string | undefined,
  count: number,
  seed?: number,
  concurrency?: number,
): Promise<{
  failures: string[];
  stats: { sent: number; byStatus: Record<string, number>; slowest: number };
  seed: number;
}>;
export function send(
  base: string,
  req: { method: string; path: string; headers: Record<string, string> },
): Promise<{ status?: number; ms: number }>;
