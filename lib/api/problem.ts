/** RFC 9457 problem details: every API error names what was wrong and what is allowed. */
import type { Problem } from "./schemas";

export type { Problem };

export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Partial<Problem> = {},
  headers: HeadersInit = {},
): Response {
  const body: Problem = {
    type: `https://beijing-ai-policy-tracker.invalid/problems/${status}`,
    title,
    status,
    detail,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    },
  });
}
