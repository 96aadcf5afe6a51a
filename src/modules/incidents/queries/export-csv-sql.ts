import { type SQL, sql } from "drizzle-orm";
import {
  CSV_FORMULA_STARTS,
  CSV_LIST_SEPARATOR,
  CSV_QUOTE_TRIGGERS,
  EXPORT_FIELDS,
  type ExportField,
} from "../domain/export/fields";
import { RISK_CODES, SOURCES } from "./export-line-sql";
import { asRead, concatAll, rendered, sqlChar, textLiteral } from "./sql-text";

/**
 * The CSV record of an export row, built in the database as csv.ts's csvRow writes the reference
 * view (export-lines.ts runs it over a materialised batch `b`). Issue 14: the CSV export was held to
 * ~42k rows/s by this statement; the costs were the per-field quoting tests and a 73-step `||` chain.
 */

/** A constant GLOB pattern, control characters as char(n): SQLite builds it once per statement. */
const pattern = (text: string) =>
  sql`(${sql.join(
    [...text].map((c) => (c < " " ? sqlChar(c) : textLiteral(c))),
    sql` || `,
  )})`;

/** A GLOB class of `chars`: `-` is literal only last; `]` and `^` would need care. */
function globClass(chars: readonly string[]): string {
  if (chars.some((c) => c === "]" || c === "^")) throw new Error("globClass: ] and ^ are not supported");
  return `[${[...chars.filter((c) => c !== "-"), ...chars.filter((c) => c === "-")].join("")}]`;
}
const FORMULA_START = pattern(`${globClass(CSV_FORMULA_STARTS)}*`);

/**
 * Whether `value` holds one of `chars`, one GLOB per character: `*` then a literal character runs as
 * a C string search (strcspn), where `*` then a class tries the class at every position, several
 * times slower on a narrative or on a row's codes together.
 */
const holdsAny = (value: SQL, chars: readonly string[]) =>
  sql`(${sql.join(
    chars.map((c) => sql`${value} glob ${pattern(`*${c}*`)}`),
    sql` or `,
  )})`;

/**
 * csv.ts's csvField for a text value: null → empty; a formula start gets a leading quote; a field
 * with a quote, comma, CR or LF is quoted with inner quotes doubled. `value` is referenced several
 * times, so it should be a column of the materialised batch.
 */
function csvText(value: SQL): SQL {
  const guarded = sql`iif(${value} glob ${FORMULA_START}, '''' || ${value}, ${value})`;
  const quoted = sql`concat('"', replace(${guarded}, '"', '""'), '"')`;
  return sql`(case when ${value} is null then '' when ${holdsAny(value, CSV_QUOTE_TRIGGERS)} then ${quoted} else ${guarded} end)`;
}

type CodeField = Extract<ExportField, { csv: "code" }>;
const isCode = (f: ExportField): f is CodeField => "csv" in f && f.csv === "code";
const CODE_FIELDS = EXPORT_FIELDS.filter(isCode);

/** The unit separator, which precedes each value in the codes' check text. */
const US = "\x1f";
const CODES_CHECK = "codes_check";

/**
 * The row's `csv: "code"` fields (fields.ts) as one text, each preceded by US (NULL as empty), as
 * stored: not cut at a NUL, and computed in the batch once, from the tables.
 */
const codesCheck = () => concatAll(CODE_FIELDS.flatMap((f) => [sqlChar(US), sql`${SOURCES[f.name]}`]));

/**
 * Whether every code field of the row may be written bare, i.e. as csvText would write it. Exact
 * for any stored values: the text holds no NUL (so each value is as the drivers read it, and GLOB,
 * which stops at a NUL, sees all of it), no quote trigger, and no US followed by a formula start (each
 * value starts after a US). A US inside a value can only send the row to the field-by-field path,
 * never hide a value that needs encoding.
 */
function codesBare(): SQL {
  const check = sql.raw(`b."${CODES_CHECK}"`);
  const formulaStart = sql`${check} glob ${pattern(`*${US}${globClass(CSV_FORMULA_STARTS)}*`)}`;
  return sql`instr(${check}, char(0)) = 0 and not ${holdsAny(check, CSV_QUOTE_TRIGGERS)} and not ${formulaStart}`;
}

/**
 * The record of a row of `b`: the code fields bare when codesBare allows it (practically every row;
 * one check instead of a CASE with two GLOBs per field), else encoded field by field like the free
 * text always is.
 */
function csvLine(): SQL {
  const record = (codes: "bare" | "encoded") => {
    const fields = EXPORT_FIELDS.map((f) => {
      const column = sql.raw(`b."${f.name}"`);
      if (f.kind === "boolean") return sql`iif(${column}, 'true', 'false')`;
      if (!isCode(f)) return csvText(column);
      return codes === "bare" ? column : csvText(asRead(column));
    });
    return concatAll([...fields.flatMap((f, k) => (k === 0 ? [f] : [sql`','`, f])), sql`char(13, 10)`]);
  };
  return sql`(case when ${codesBare()} then ${record("bare")} else ${record("encoded")} end)`;
}

/**
 * The batch's fields under their names (what csvLine reads), each computed once: free text as read
 * (cut at a NUL), code fields as stored (csvLine cuts them when it encodes them), and their check.
 */
export function csvFields(): Record<string, SQL.Aliased> {
  const separator = sql.raw(`'${CSV_LIST_SEPARATOR}'`);
  const fields = EXPORT_FIELDS.map((f) => [
    f.name,
    (f.kind === "list"
      ? sql`(select group_concat(code, ${separator}) from (${RISK_CODES}))`
      : f.kind === "boolean" || isCode(f)
        ? sql`${SOURCES[f.name]}`
        : asRead(SOURCES[f.name])
    ).as(f.name),
  ]);
  return Object.fromEntries([...fields, [CODES_CHECK, codesCheck().as(CODES_CHECK)]]);
}

/** The CSV record of a row of the materialised batch `b` (its columns named by csvFields). */
export const CSV_LINE = rendered(csvLine());
