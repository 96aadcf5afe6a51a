import { z } from "@hono/zod-openapi";

/**
 * Characters that cannot be part of a search term: C0/C1 controls (NUL ends an FTS5 string early,
 * "unterminated string") and lone UTF-16 surrogates (not text). They act as separators, like spaces.
 */
const NOT_TEXT = /[\p{Cc}\p{Cs}]/gu;

/** The whitespace-separated terms of a search string, with non-text characters removed. */
export function searchTerms(q: string): string[] {
  return q.replace(NOT_TEXT, " ").split(/\s+/u).filter(Boolean);
}

/**
 * A free-text search parameter. Input is bounded before any work is done on it; a value with no term
 * left once control characters are removed (`q=%00%00`) is a 400 naming the parameter rather than a
 * silent "match everything". `maxTerms` bounds the conditions one request can add to a query.
 */
export function searchText(options: { maxLength: number; maxTerms: number; description: string }) {
  return z
    .string()
    .max(options.maxLength)
    .transform((v) => searchTerms(v).join(" "))
    .refine((v) => v.length > 0, "must contain a search term (control characters are ignored)")
    .refine(
      (v) => v.split(" ").length <= options.maxTerms,
      `must have at most ${options.maxTerms} search terms`,
    )
    .openapi({ type: "string", maxLength: options.maxLength, description: options.description });
}
