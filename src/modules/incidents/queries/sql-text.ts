import { type SQL, sql } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";

/**
 * Building blocks for text that SQLite assembles from constant JSON written by the JS domain code and
 * values of the row (the FHIR entries of fhir-entry-sql.ts): constants are rendered once, in JS, so
 * the SQL only chooses and joins them.
 */

/** One dialect renders every export statement (no state of its own). */
export const dialect = new SQLiteAsyncDialect();

type Value = SQL | { getSQL(): SQL };

/**
 * A text value as the drivers return it: they read text up to its first NUL character, so the JS
 * reference (and every other read of the app) sees only that prefix. length() counts the characters
 * before the first NUL, so this keeps exactly that prefix. In a line built in SQL a NUL would otherwise
 * end the whole line early for the driver (in CSV, where it is not escaped, merging records).
 */
export const asRead = (value: Value) => sql`substr(${value}, 1, length(${value}))`;

/**
 * A value as read, as a JSON string (or null): json_quote escapes as JSON.stringify does (the short
 * forms \b \f \n \r \t, lowercase \u00xx for other control characters, nothing else).
 */
export const jsonString = (value: Value) => sql`json_quote(${asRead(value)})`;

/** An expression made only of values already as read (no NUL left to cut), as a JSON string. */
export const quoted = (value: SQL) => sql`json_quote(${value})`;

/** JS truthiness of a text as read: length() counts the characters before a NUL; NULL is not > 0. */
export const hasText = (value: Value) => sql`(length(${value}) > 0)`;

/** The text of a parameterless SQL expression (lookup branches are compared by it). */
export function renderedText(expression: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(expression);
  if (params.length > 0) throw new Error("a text expression must not take parameters");
  return text;
}

/**
 * Rendered once: the expressions are constant (no parameters), and drizzle walking a few hundred SQL
 * chunks per batch cost ~0.7 ms, as much as the database's work on a 60-row batch.
 */
export const rendered = (expression: SQL): SQL => sql.raw(renderedText(expression));

/** A character as an SQL expression: char(n) keeps control characters out of the statement text. */
export const sqlChar = (c: string) => sql.raw(`char(${c.charCodeAt(0)})`);

/**
 * Constant text as an SQL string literal. Control characters would make the statement text carry
 * them raw; the constants here are JSON written by JSON.stringify, which never contains them.
 */
export function textLiteral(text: string): SQL {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is what is refused
  if (/[\u0000-\u001f]/.test(text)) throw new Error("textLiteral: control characters are not supported");
  return sql.raw(`'${text.replaceAll("'", "''")}'`);
}

/** D1 allows 32 arguments per SQL function. */
const ARGS_PER_CALL = 32;

/**
 * Constant text and SQL text expressions joined in order, adjacent constants merged into one literal.
 * concat() of up to 32 parts builds its result once, where a chain of `||` allocates and copies the
 * growing text at every step (a FHIR entry has ~50 parts: the chain cost ~25% more CPU per row).
 * concat() (SQLite 3.44+) reads NULL as empty text: every part here is non-null by construction
 * (json_quote writes a NULL as `null`, optional parts are `when`s), so none is silently dropped.
 */
export function concatText(parts: readonly (string | SQL)[]): SQL {
  const merged: (string | SQL)[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (typeof part === "string" && typeof last === "string") merged[merged.length - 1] = last + part;
    else if (part !== "") merged.push(part);
  }
  const items = merged.map((p) => (typeof p === "string" ? textLiteral(p) : p));
  if (items.length <= 1) return items[0] ?? textLiteral("");
  return concatAll(items);
}

/**
 * Text expressions joined in order by concat() calls of at most ARGS_PER_CALL arguments each (nested
 * when there are more); each argument must be non-null text, as concat() reads NULL as empty.
 */
export function concatAll(items: SQL[]): SQL {
  if (items.length <= ARGS_PER_CALL) return sql`concat(${sql.join(items, sql`, `)})`;
  const groups: SQL[] = [];
  for (let k = 0; k < items.length; k += ARGS_PER_CALL) {
    groups.push(concatAll(items.slice(k, k + ARGS_PER_CALL)));
  }
  return concatAll(groups);
}

/** `text` if `condition` holds, else the empty text. */
export const when = (condition: SQL, text: readonly (string | SQL)[]): SQL =>
  sql`(case when ${condition} then ${concatText(text)} else '' end)`;

/**
 * Stands for every value outside a vocabulary: text read through the drivers never contains NUL (they
 * cut text at its first one, and so does asRead), so no stored value equals this.
 */
export const OTHER = "\u0000other";

/**
 * `value` looked up in `domain` as a CASE: each member's branch is `render(member)`; any other value
 * gets `render(OTHER)`, which is what the JS mapping does with a value outside its vocabulary
 * (undefined from a Record, the fall-through of a function), so the two agree on every value, not only
 * the valid ones. Branches equal to that one are left to ELSE: a lookup whose result does not depend
 * on `value` is just its branch, without a CASE.
 */
export function lookup<T extends string>(
  value: SQL,
  domain: readonly T[],
  render: (member: T) => string | SQL,
): SQL {
  const branch = (member: T) => {
    const rendered = render(member);
    return typeof rendered === "string" ? textLiteral(rendered) : rendered;
  };
  const other = branch(OTHER as T);
  const otherText = renderedText(other);
  const cases = domain
    .map((member) => ({ member, result: branch(member) }))
    .filter((c) => renderedText(c.result) !== otherText)
    .map((c) => sql`when ${textLiteral(c.member)} then ${c.result}`);
  return cases.length === 0 ? other : sql`(case ${value} ${sql.join(cases, sql` `)} else ${other} end)`;
}
