import compile from "icu-minify/compile";
import format, { type CompiledMessage } from "icu-minify/format";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/codes";
import { MESSAGES } from "./messages";

// The build compiles every message (next.config.js: next-intl's messages.precompile) and formats it with
// icu-minify, not with the IntlMessageFormat the rest of the unit tests go through. A message that formats to
// nothing is an error there (the page shows the key), and typed styles or dates would quietly lose their format.

function entries(obj: object, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]): [string, string][] =>
    typeof v === "object" && v !== null ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  );
}

/**
 * A value for each argument of a compiled message (a text, or parts: text, "#", or an argument `[name, type?,
 * ...]`): a count for plurals and numbers, a word otherwise; a name used both ways gets the count.
 */
function sampleValues(message: unknown, values: Record<string, string | number>, count: number) {
  if (!Array.isArray(message)) return;
  for (const part of message) {
    if (!Array.isArray(part)) continue;
    const [name, type, ...rest] = part as [string, number | undefined, ...unknown[]];
    const numeric = type === 2 || type === 3 || type === 4; // plural, ordinal, number
    if (numeric) values[name] = count;
    else values[name] ??= "x";
    for (const branches of rest)
      if (branches && typeof branches === "object" && !Array.isArray(branches))
        for (const branch of Object.values(branches)) sampleValues(branch, values, count);
  }
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) =>
    new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe("messages as the build compiles them", () => {
  it.each(LOCALES)(
    "%s: every message formats to some text with its placeholders filled, for counts 0, 1 and 2",
    (locale) => {
      for (const [key, text] of entries(MESSAGES[locale])) {
        const compiled: CompiledMessage = compile(text);
        for (const count of [0, 1, 2]) {
          const values: Record<string, string | number> = {};
          sampleValues(compiled, values, count);
          const out = format(compiled, locale, values, { formatters });
          expect(typeof out === "string" && out.trim().length > 0, `${locale} ${key} (count ${count})`).toBe(
            true,
          );
          // An apostrophe before a brace quotes it in ICU: the placeholder would show as written.
          expect(String(out), `${locale} ${key}`).not.toMatch(/[{}]/);
        }
      }
    },
  );

  it.each(LOCALES)("%s: no message names a number style, a date or an ordinal", (locale) => {
    // The compiled formatter looks styles up only in the app's own formats (there are none), so
    // "{n, number, percent}" or "{d, date, medium}" would lose their format; numbers and dates are
    // formatted in code (lib/format) and passed in as text.
    for (const [key, text] of entries(MESSAGES[locale]))
      expect(text, `${locale} ${key}`).not.toMatch(/\{\s*\w+\s*,\s*(?:number\s*,|date|time|selectordinal)/);
  });
});
