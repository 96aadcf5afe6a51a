import { type Query, SQL, sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * A query for a RowReader: drizzle SQL, or one already rendered to text and parameters. Rendering is
 * drizzle walking every chunk of the statement; a caller running one statement many times with new
 * parameters (an export's keyset batches) renders it once and passes the text.
 */
export type RowQuery = SQL | Query;

/**
 * Reads a query's rows as arrays of driver values in select order: no per-row objects, no ORM
 * mapping. For bulk reads (exports), where building and mapping one object per row per column cost
 * more than the database itself. Callers decode the values (booleans arrive as 0/1).
 */
export type RowReader = (query: RowQuery) => Promise<unknown[][]>;

/**
 * Prepares a read once (per app) for a hot path that runs it on every request (the health ping, the
 * state version); each call of the result runs it again and answers its first row (raw, as for
 * RowReader), or undefined when there is none. Parameterless.
 */
export type ReadPreparer = (query: SQL) => () => Promise<unknown[] | undefined>;

/**
 * Any driver through drizzle's `values()` (libSQL rows sliced to arrays, D1 `raw()`): the reader on
 * the Worker and for in-memory databases; Node file databases get the faster native one
 * (node-row-reader.ts).
 */
export function valuesRowReader(db: Db): RowReader {
  return (query) => db.values<unknown[]>(query instanceof SQL ? query : fromRendered(query));
}

/**
 * Rendered text back to drizzle SQL, for drivers that only take SQL: the SQLite dialect writes each
 * parameter as `?`, so the text splits at them (a `?` inside a literal would break that count, which
 * is checked).
 */
function fromRendered(query: Query): SQL {
  const parts = query.sql.split("?");
  if (parts.length !== query.params.length + 1) {
    throw new Error("rendered query: the ? marks and the parameters do not match");
  }
  return sql.join(
    parts.map((part, k) => (k === 0 ? sql.raw(part) : sql`${query.params[k - 1]}${sql.raw(part)}`)),
  );
}

/** The preparer over drizzle's `values()`: the statement is rebuilt per call (what the driver offers). */
export function valuesReadPreparer(db: Db): ReadPreparer {
  return (query) => async () => (await db.values<unknown[]>(query))[0];
}
