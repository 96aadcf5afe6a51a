import { sql } from "drizzle-orm";
import type { Db } from "../../src/platform/db/client";

/**
 * What an attacker with write access to the database file does first: drop the append-only triggers
 * (item 5b) on `table`, so that direct UPDATE/DELETE statements go through.
 */
export async function dropAppendOnlyTriggers(db: Db, table: string) {
  const triggers = await db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'trigger' and tbl_name = ${table} and (name like '%_no_update' or name like '%_no_delete')`,
  );
  for (const { name } of triggers) await db.run(sql.raw(`drop trigger "${name}"`));
  return triggers.length;
}

/** The database's answer to a tampering statement: its error text (with the driver's cause), or "accepted". */
export async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return "accepted";
  } catch (error) {
    return `${(error as Error).message} ${((error as Error).cause as Error | undefined)?.message ?? ""}`;
  }
}
