/**
 * RFC 4180 CSV encoding, line by line, so an exporter can stream rows.
 *
 * - Records end with CRLF, as RFC 4180 specifies (every spreadsheet and CSV parser accepts it).
 * - A field is wrapped in double quotes when it contains a comma, a double quote, CR or LF; inner
 *   double quotes are doubled. Other fields are written bare.
 * - Formula injection (CSV injection, OWASP): a spreadsheet opening the file runs any cell starting
 *   with = + - @ (and TAB or CR, which some programs strip before checking) as a formula, so a reporter
 *   could plant `=HYPERLINK(...)` in free text. Such *string* cells get a leading single quote, which
 *   spreadsheets treat as "text follows" and hide. The price is that the raw file shows the quote;
 *   consumers needing byte-exact values should use the NDJSON export. Numbers are typed values, not
 *   text, so a negative number is written as is (-3), never as '-3.
 * - null/undefined and non-finite numbers become an empty field; Dates become ISO 8601 UTC.
 */

import { CSV_FORMULA_STARTS, CSV_QUOTE_TRIGGERS } from "./fields";

export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

/** A column: a key of the row object, or a header with an accessor. */
export type CsvColumn<T> = (keyof T & string) | { header: string; value: (row: T) => CsvValue };

export const CSV_MEDIA_TYPE = "text/csv; charset=utf-8; header=present";

// From the lists in fields.ts, which the SQL line builder (queries/export-lines.ts) reads too.
const charClass = (chars: readonly string[]) =>
  `[${chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;
const NEEDS_QUOTES = new RegExp(charClass(CSV_QUOTE_TRIGGERS));
const FORMULA_START = new RegExp(`^${charClass(CSV_FORMULA_STARTS)}`);

export function csvField(value: CsvValue): string {
  const text = stringify(value);
  const safe = typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record: fields joined by commas, terminated by CRLF. */
export function csvLine(fields: readonly CsvValue[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return csvLine(columns.map((c) => (typeof c === "string" ? c : c.header)));
}

export function csvRow<T>(row: T, columns: readonly CsvColumn<T>[]): string {
  return csvLine(columns.map((c) => (typeof c === "string" ? (row[c] as CsvValue) : c.value(row))));
}

/** Whole document (header + rows) for small exports; stream csvHeader/csvRow for large ones. */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[]): string {
  let out = csvHeader(columns);
  for (const row of rows) out += csvRow(row, columns);
  return out;
}

function stringify(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return String(value);
}
