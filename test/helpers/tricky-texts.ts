import fc from "fast-check";

/**
 * Text chosen to hit every difference between SQLite's and JavaScript's escaping (JSON, CSV quoting,
 * NUL, control characters, surrogate pairs, RTL and CJK), for the tests that hold the SQL-built export
 * lines and entries to their JS reference byte for byte.
 */
export const CONTROL = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c)).join("");
export const TRICKY = [
  "",
  " ",
  'say "hi"',
  'a,b "c"',
  "line1\nline2",
  "cr\rhere",
  "crlf\r\nend",
  `all controls ${CONTROL} end`,
  "\u0000 NUL first",
  "tab\tinside",
  "\tleading tab",
  "\rleading CR",
  '=HYPERLINK("http://x","y")',
  "+441234",
  "-2+3",
  "@cmd",
  "'already quoted",
  "back\\slash \\n not a newline",
  "slash / and </script>",
  "DEL \u007f and NBSP \u00a0",
  "line sep \u2028 para sep \u2029",
  "RTL override \u202e txet \u202c and mark \u200f: שלום עליכם",
  "BOM \ufeff zero-width \u200b",
  "emoji 🩺💊 family 👨‍👩‍👧 flag 🇫🇷",
  'Zeile: "Dosis" verdoppelt, über Nacht — 服用量 — دواء — दवा',
  "ﬀ ligature, combining é, Å",
  'ends with quote"',
  '"',
  ",",
  "\n",
  '{"json":"inside"}',
  "null",
  "true",
  "123",
  "-0",
  "1e5",
  "x".repeat(5000),
];
// Random strings over all of Unicode (fixed seed: the same set every run).
const RANDOM = fc.sample(fc.string({ unit: "binary", maxLength: 40 }), { seed: 14, numRuns: 300 });
export const TEXTS = [...TRICKY, ...RANDOM];
