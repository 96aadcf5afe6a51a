import { createClient } from "@libsql/client/web";
import { drizzle as drizzleD1 } from "drizzle-orm/d1";
import { drizzle as drizzleLibsqlWeb } from "drizzle-orm/libsql/web";
import type { Db } from "./client";

/**
 * D1 binding → the app's `Db`. The cast is safe because drizzle's D1 and libSQL databases are both
 * `BaseSQLiteDatabase<"async", …>` with the same query builder, relational queries and `batch`; they
 * differ only in the driver-specific result of `run()` (D1Result vs ResultSet) and in `$client`,
 * neither of which handlers rely on (see the contract on `Db` in ./client).
 */
export function drizzleD1Db(d1: D1Database): Db {
  return drizzleD1(d1) as unknown as Db;
}

/**
 * libSQL over HTTP (Turso) through the fetch-based web client: no Node APIs, no native module.
 * `libsql://` URLs are sent over HTTPS by the web client.
 */
export function drizzleLibsqlHttp(url: string, authToken?: string): Db {
  const client = createClient(authToken ? { url, authToken } : { url });
  return drizzleLibsqlWeb(client) as unknown as Db;
}
