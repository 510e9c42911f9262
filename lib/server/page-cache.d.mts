/** Types of lib/server/page-cache.mjs. */
export const SETTLE_MS: number;
export function datasetTag(version: string): string;
export function retireDataset(oldVersion: string, newVersion: string, now?: number): void;
export function pagesSettled(now?: number): boolean;
export default class PageCache {
  get(key: string): Promise<unknown>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
