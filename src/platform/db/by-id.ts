import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { notFound } from "../errors";
import type { Db } from "./client";

/** The row of `table` with this id, or a 404 naming `what`. */
export async function rowById<T extends SQLiteTable & { id: SQLiteColumn }>(
  db: Db,
  table: T,
  id: string,
  what: string,
): Promise<T["$inferSelect"]> {
  const [row] = (await db
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))) as T["$inferSelect"][];
  if (!row) throw notFound(what);
  return row;
}
