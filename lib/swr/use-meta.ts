"use client";

import useSWR from "swr";
import { fetchJson } from "./fetcher";

export interface Meta {
  /** Null while the server has no valid dataset. */
  version: string | null;
  updatedAt: string;
  status: "ok" | "error";
}

export const META_URL = "/api/v1/meta";

/** The dataset's version, kept fresh: on focus, on an interval, and retried while the API is unreachable. */
export function useMeta(fallbackData: Meta, refreshSeconds: number) {
  return useSWR<Meta>(META_URL, fetchJson, {
    fallbackData,
    refreshInterval: refreshSeconds * 1000,
    revalidateOnFocus: true,
    revalidateOnMount: false,
    errorRetryInterval: Math.min(refreshSeconds, 30) * 1000,
    keepPreviousData: true,
  });
}
