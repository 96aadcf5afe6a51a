import type { Client } from "@libsql/client";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle } from "drizzle-orm/libsql";

/**
 * The database handle every route uses. libSQL (file, memory, HTTP) and D1 expose the same drizzle
 * query-builder surface, including `batch`, which is how multi-statement writes stay atomic on D1
 * (no interactive transactions there). Handlers must not depend on driver-specific `run()` results.
 * It carries no schema: queries name their tables, so the platform knows no module's tables.
 */
export type Db = LibSQLDatabase;

export function drizzleLibsql(client: Client): Db {
  return drizzle(client);
}
