import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { migrate } from "drizzle-orm/libsql/migrator";
import { withAsyncCommit } from "./async-commit";
import { type Db, drizzleLibsql } from "./client";
import { nativeRowReader } from "./node-row-reader";
import { overrideClient } from "./override-client";
import { type ReadPreparer, type RowReader, valuesReadPreparer, valuesRowReader } from "./row-reader";
import { preparingLocalClient } from "./statement-cache";

export interface OpenedDb {
  db: Db;
  /** Bulk reads (exports): native and raw on a database file, drizzle's `values()` otherwise. */
  readRows: RowReader;
  /** Hot point reads prepared once: on the native connection for a file, drizzle's `values()` otherwise. */
  prepareRead: ReadPreparer;
  close: () => void;
}

/**
 * libSQL's local client blocks its thread while it waits, so the wait is short; a writer that still
 * finds the database locked is retried asynchronously by commitWithAudit (bounded back-off).
 */
const BUSY_TIMEOUT_MS = 2000;

/**
 * drizzle calls `client.batch(statements)` without a mode, i.e. `BEGIN DEFERRED`: such a transaction
 * reads first and upgrades to a write lock later, and under WAL that upgrade fails at once with
 * SQLITE_BUSY_SNAPSHOT when another process committed in between (no busy timeout applies). Every
 * batch here is a write, so it starts as `BEGIN IMMEDIATE` and queues on the write lock instead.
 */
function withWriteBatches(client: Client): Client {
  return overrideClient(client, {
    batch: (statements, mode = "write") => client.batch(statements, mode),
  });
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
  // `timeout` is the busy timeout of EVERY connection in libSQL's pool (a `PRAGMA busy_timeout` would
  // reach only the one connection that ran it): a writer waits for another process's write, not fails.
  // A local database keeps its statements prepared (statement-cache.ts); remote ones use the plain client.
  const local = preparingLocalClient(url, BUSY_TIMEOUT_MS);
  // A second connection needs a file both can open: not :memory:, not a remote libSQL server.
  const file = url.startsWith("file:") ? url.slice("file:".length) : undefined;
  const fileOnDisk = file && !file.startsWith(":") && !file.includes("?") ? file : undefined;
  let client: Client;
  if (!local) client = createClient({ url, ...(authToken ? { authToken } : {}), timeout: BUSY_TIMEOUT_MS });
  else if (!fileOnDisk) client = local;
  // Batches (all audited writes) commit off the event loop, on a connection of their own (async-commit.ts).
  else
    client = withAsyncCommit(local, fileOnDisk, BUSY_TIMEOUT_MS, (connection) =>
      connection.exec("PRAGMA foreign_keys = ON"),
    );
  if (url.startsWith("file:") || url === ":memory:") {
    // WAL lets readers proceed during a write.
    await client.execute("PRAGMA journal_mode = WAL").catch(() => undefined);
    await client.execute("PRAGMA foreign_keys = ON");
  }
  const db = drizzleLibsql(withWriteBatches(client));
  await migrate(db, { migrationsFolder });
  const native = fileOnDisk ? nativeRowReader(fileOnDisk, BUSY_TIMEOUT_MS) : undefined;
  return {
    db,
    readRows: native?.read ?? valuesRowReader(db),
    prepareRead: native?.prepare ?? valuesReadPreparer(db),
    close: () => {
      native?.close();
      client.close();
    },
  };
}
