/**
 * Newline-delimited JSON: one JSON text per line, LF-terminated. JSON.stringify escapes CR and LF
 * inside strings, so a record can never span lines; values JSON cannot represent (undefined, functions,
 * symbols) are rejected instead of producing a line with the word "undefined".
 */

export const NDJSON_MEDIA_TYPE = "application/x-ndjson";

export function ndjsonLine(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("value has no JSON representation");
  return `${json}\n`;
}

export function toNdjson(values: Iterable<unknown>): string {
  let out = "";
  for (const value of values) out += ndjsonLine(value);
  return out;
}
