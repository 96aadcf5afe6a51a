import type { SQL } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Reads a query's rows as arrays of driver values in select order: no per-row objects, no ORM
 * mapping. For bulk reads (exports), where building and mapping one object per row per column cost
 * more than the database itself. Callers decode the values (booleans arrive as 0/1).
 */
export type RowReader = (query: SQL) => Promise<unknown[][]>;

/**
 * Any driver through drizzle's `values()` (libSQL rows sliced to arrays, D1 `raw()`): the reader on
 * the Worker and for in-memory databases; Node file databases get the faster native one
 * (node-row-reader.ts).
 */
export function valuesRowReader(db: Db): RowReader {
  return (query) => db.values<unknown[]>(query);
}
