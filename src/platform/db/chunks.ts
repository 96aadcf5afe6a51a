import { type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * D1 binds at most 100 parameters per statement, so an `IN (…)` over a page or export batch (up to
 * 500 ids) would fail at the edge. Look-ups by id lists go through this: parts of at most
 * MAX_IN_LIST ids, queried concurrently, results concatenated in part order.
 */
export const MAX_IN_LIST = 90;

export async function byIdChunks<T>(
  ids: readonly string[],
  query: (part: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_IN_LIST) parts.push(ids.slice(i, i + MAX_IN_LIST));
  return (await Promise.all(parts.map(query))).flat();
}

/**
 * `column IN (ids)` with the list as ONE bound parameter (a JSON array SQLite and D1 expand with
 * json_each), so a batch of any size is one statement under D1's parameter cap instead of one per
 * MAX_IN_LIST ids. For hot per-batch look-ups (exports); SQLite probes the column's index per id.
 */
export function inIdList(column: SQLiteColumn, ids: readonly string[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}
