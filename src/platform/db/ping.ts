import { sql } from "drizzle-orm";
import type { ReadPreparer } from "./row-reader";

/**
 * The cheapest round trip that proves the database answers (rejects when it does not), prepared once
 * per app: /health runs it on every call, and load balancers call it often.
 */
export function createDatabasePing(prepare: ReadPreparer): () => Promise<void> {
  const ping = prepare(sql`select 1`);
  return async () => {
    await ping();
  };
}
