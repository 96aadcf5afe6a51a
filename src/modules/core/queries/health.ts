import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client";

/** The cheapest round trip that proves the database answers; rejects when it does not. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.run(sql`select 1`);
}
