/**
 * Content negotiation by quality values (RFC 9110, section 12.5.1): "text/csv;q=0, application/json"
 * refuses CSV. Each offer takes the quality of the most specific media range that matches it.
 */
interface Range {
  type: string;
  subtype: string;
  q: number;
}

const MAX_RANGES = 32;

function parseAccept(header: string): Range[] {
  return header
    .split(",")
    .slice(0, MAX_RANGES)
    .flatMap((part) => {
      const [media = "", ...params] = part.split(";").map((p) => p.trim());
      const [type, subtype] = media.toLowerCase().split("/");
      if (!type || !subtype) return [];
      let q = 1;
      for (const p of params) {
        const m = /^q=([01](?:\.\d{0,3})?)$/i.exec(p);
        if (m) q = Math.min(1, Number(m[1]));
      }
      return [{ type, subtype, q }];
    });
}

function specificity(r: Range): number {
  return r.type === "*" ? 0 : r.subtype === "*" ? 1 : 2;
}

/** The offer the client prefers (ties: the order of `offers`), or null when it accepts none of them. */
export function negotiate(accept: string | null, offers: readonly string[]): string | null {
  if (accept === null || accept.trim() === "") return offers[0] ?? null;
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return offers[0] ?? null;
  let best: string | null = null;
  let bestQ = 0;
  for (const offer of offers) {
    const [type, subtype] = offer.split("/");
    const matching = ranges
      .filter((r) => (r.type === "*" || r.type === type) && (r.subtype === "*" || r.subtype === subtype))
      .sort((a, b) => specificity(b) - specificity(a));
    const q = matching[0]?.q ?? 0;
    if (q > bestQ) {
      best = offer;
      bestQ = q;
    }
  }
  return best;
}

/** The formats the API writes, and their media types. */
export const FORMATS = ["json", "csv", "xlsx"] as const;
export type Format = (typeof FORMATS)[number];
export const MEDIA_TYPES: Record<Format, string> = {
  json: "application/json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * `format` when given, else what the Accept header prefers among the offered formats (in the order
 * given: the first wins ties and answers a missing header); null when none is acceptable.
 */
export function chooseFormat(
  format: Format | undefined,
  accept: string | null,
  offers: readonly Format[],
): Format | null {
  if (format !== undefined) return format;
  const chosen = negotiate(
    accept,
    offers.map((f) => MEDIA_TYPES[f]),
  );
  return offers.find((f) => MEDIA_TYPES[f] === chosen) ?? null;
}
