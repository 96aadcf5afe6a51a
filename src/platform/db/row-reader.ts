import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Reads a query's rows as arrays of driver values in select order: no per-row objects, no ORM
 * mapping. For bulk reads (exports), where building and mapping one object per row per column cost
 * more than the database itself. Callers decode the values (booleans arrive as 0/1).
 */
export type RowReader = (query: SQL) => Promise<unknown[][]>;

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
  return (query) => db.values<unknown[]>(query);
}

/** The preparer over drizzle's `values()`: the statement is rebuilt per call (what the driver offers). */
export function valuesReadPreparer(db: Db): ReadPreparer {
  return (query) => async () => (await db.values<unknown[]>(query))[0];
}
