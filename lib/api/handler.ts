/** Wraps every API route: no error a client can cause becomes a 500, and no stack trace leaves the server. */
import { DataUnavailableError, getDataset } from "@/lib/data/store";
import type { Dataset } from "@/lib/data/types";
import { problem } from "./problem";

export async function withDataset(fn: (ds: Dataset) => Response | Promise<Response>): Promise<Response> {
  try {
    return await fn(getDataset());
  } catch (error) {
    if (error instanceof DataUnavailableError) {
      return problem(
        503,
        "Data unavailable",
        "The server has no valid dataset loaded yet. Try again later.",
        {},
        { "retry-after": "30" },
      );
    }
    console.error("[api] unexpected error", error);
    return problem(500, "Internal error", "Something went wrong on the server. The error has been logged.");
  }
}

const ALLOWED = "GET, HEAD";
/** Methods other than GET and HEAD: 405 with an Allow header and a problem body. */
export function methodNotAllowed(request: Request): Response {
  return problem(
    405,
    "Method not allowed",
    `${request.method} is not supported; this API is read-only.`,
    { allowed: ALLOWED.split(", ") },
    { allow: ALLOWED },
  );
}
