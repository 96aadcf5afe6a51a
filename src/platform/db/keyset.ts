import { and, eq, gt, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { type CursorKey, decodeCursor } from "../http/cursor";

/**
 * The keyset condition "after the row this cursor names" for a list ordered by (sortKey, id), both
 * ascending or both descending. The id tie-break makes the order total, so no row is skipped or
 * repeated when rows share a sort key or are inserted between pages. `shape` is the key the list
 * issues (a timestamp or a name, then the id); any other cursor is a 400.
 */
export function afterKey(
  cursor: string,
  sortKey: SQLiteColumn,
  id: SQLiteColumn,
  direction: "asc" | "desc",
  shape: typeof CursorKey.timeId | typeof CursorKey.nameId,
): SQL {
  const [key, lastId] = decodeCursor(cursor, shape);
  const beyond = direction === "asc" ? gt : lt;
  return or(beyond(sortKey, key), and(eq(sortKey, key), beyond(id, lastId))) as SQL;
}
