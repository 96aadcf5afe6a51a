import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createClient } from "@libsql/client";
import { migrate } from "drizzle-orm/libsql/migrator";
import { type Db, drizzleLibsql } from "./client";

export interface OpenedDb {
  db: Db;
  close: () => void;
}

/** Opens libSQL on Node (file:, :memory:, libsql://, http(s)://) and applies the drizzle migrations. */
export async function openNodeDb(
  url: string,
  authToken?: string,
  migrationsFolder = "drizzle",
): Promise<OpenedDb> {
  if (url.startsWith("file:")) {
    const path = url.slice("file:".length);
    if (path && !path.startsWith(":")) mkdirSync(dirname(path), { recursive: true });
  }
  const client = createClient(authToken ? { url, authToken } : { url });
  if (url.startsWith("file:") || url === ":memory:") {
    // WAL lets readers proceed during a write; busy_timeout makes concurrent writers wait, not fail.
    await client.execute("PRAGMA journal_mode = WAL").catch(() => undefined);
    await client.execute("PRAGMA busy_timeout = 5000");
    await client.execute("PRAGMA foreign_keys = ON");
  }
  const db = drizzleLibsql(client);
  await migrate(db, { migrationsFolder });
  return { db, close: () => client.close() };
}
