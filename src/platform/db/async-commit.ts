import { Buffer } from "node:buffer";
import {
  type Client,
  type InArgs,
  type InStatement,
  type InValue,
  LibsqlBatchError,
  type ResultSet,
  type Row,
  type TransactionMode,
} from "@libsql/client";
import Database from "libsql";
import AsyncDatabase from "libsql/promise";
import { overrideClient } from "./override-client";
import { cacheStatements } from "./statement-cache";

/**
 * Batches (every audited write, one group commit at a time) on a database file, with their COMMIT
 * off the event loop. @libsql/client's local driver runs COMMIT synchronously, so the fsync that makes
 * a group durable (5-7 ms on a busy disk, plus a checkpoint every ~1,000 pages) blocked every other
 * request; the next group could not even be prepared meanwhile.
 *
 * Here BEGIN and the statements run synchronously as before (no other code can run inside the
 * transaction, so nothing on the event loop can wait on its lock), on a connection of their own, and
 * COMMIT runs on libsql's thread pool (its promise API's `exec`, on the same connection). The batch
 * resolves only once COMMIT returned, i.e. once SQLite has fsynced the WAL (synchronous=FULL, the
 * default): nobody is answered before their write is durable. Batches take turns on the connection.
 */

type Connection = InstanceType<typeof Database>;
type ArgsOf = (InStatement | [string, InArgs?])[];

const BEGIN: Record<TransactionMode, string> = {
  write: "BEGIN IMMEDIATE",
  read: "BEGIN TRANSACTION READONLY",
  deferred: "BEGIN DEFERRED",
};

/** The driver's argument conversions (booleans as 0/1, Dates as epoch ms, ArrayBuffers as blobs). */
function toSql(value: InValue): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

/** The driver's values: integers as numbers (refused when unsafe), blobs as ArrayBuffers. */
function fromSql(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))
      throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  return value instanceof Buffer ? value.buffer : value;
}

/** A row as the driver shapes it: indexed and named, its length not enumerable. */
function toRow(values: unknown[], columns: string[]): Row {
  const row: Record<string | number, unknown> = {};
  Object.defineProperty(row, "length", { value: values.length });
  for (let i = 0; i < values.length; i++) {
    const value = fromSql(values[i]);
    Object.defineProperty(row, i, { value });
    const column = columns[i] as string;
    if (!Object.hasOwn(row, column))
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true });
  }
  return row as Row;
}

function resultSet(
  columns: string[],
  columnTypes: string[],
  rows: Row[],
  rowsAffected: number,
  lastInsertRowid: bigint | undefined,
): ResultSet {
  return {
    columns,
    columnTypes,
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({
      columns,
      columnTypes,
      rows,
      rowsAffected,
      lastInsertRowid: lastInsertRowid?.toString(),
    }),
  };
}

function execute(connection: Connection, statement: InStatement | [string, InArgs?]): ResultSet {
  const [sql, rawArgs] =
    typeof statement === "string"
      ? [statement, []]
      : Array.isArray(statement)
        ? [statement[0], statement[1] ?? []]
        : [statement.sql, statement.args ?? []];
  const args = Array.isArray(rawArgs)
    ? rawArgs.map(toSql)
    : Object.fromEntries(Object.entries(rawArgs).map(([k, v]) => [k.replace(/^[@$:]/, ""), toSql(v)]));
  const prepared = connection.prepare(sql);
  prepared.safeIntegers(true);
  if (!prepared.reader) {
    const info = prepared.run(args);
    return resultSet([], [], [], info.changes, BigInt(info.lastInsertRowid));
  }
  prepared.raw(true);
  const described = prepared.columns();
  const columns = described.map((c) => c.name);
  const rows = (prepared.all(args) as unknown[][]).map((values) => toRow(values, columns));
  return resultSet(
    columns,
    described.map((c) => c.type ?? ""),
    rows,
    0,
    undefined,
  );
}

/** libsql's own error, as the driver reports it (base code, extended code, the raw number). */
function asLibsqlError(error: unknown, index: number): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const extended = error.code;
  // SQLITE_CONSTRAINT_UNIQUE → SQLITE_CONSTRAINT: the base code is the extended one's first part.
  const base = extended.match(/^SQLITE_[A-Z]+/)?.[0] ?? "SQLITE_UNKNOWN";
  const raw = (error as { rawCode?: number }).rawCode;
  return new LibsqlBatchError(error.message, index, base, extended, raw, error);
}

/**
 * `client` with `batch` replaced by the asynchronous-commit one on `path`'s own connection. `prepare`
 * runs once on that connection before its first batch (pragmas such as foreign_keys are per connection).
 */
export function withAsyncCommit(
  client: Client,
  path: string,
  timeoutMs: number,
  prepare: (connection: Connection) => void,
): Client {
  let connection: Connection | undefined;
  let commitAsync: ((sql: string) => Promise<void>) | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  const open = () => {
    if (connection && commitAsync) return { connection, commitAsync };
    const opened = new Database(path, { timeout: timeoutMs });
    cacheStatements(opened);
    prepare(opened);
    // libsql's promise API over the same native connection: only its `exec` is used, for COMMIT.
    const asyncView = Object.create(AsyncDatabase.prototype) as InstanceType<typeof AsyncDatabase>;
    (asyncView as unknown as { db: unknown }).db = (opened as unknown as { db: unknown }).db;
    connection = opened;
    commitAsync = (sql) => asyncView.exec(sql) as Promise<void>;
    return { connection, commitAsync };
  };

  async function batch(statements: ArgsOf, mode: TransactionMode = "deferred"): Promise<ResultSet[]> {
    const { connection: db, commitAsync: commit } = open();
    try {
      try {
        // Waits (busy timeout) while another process writes, as the driver's own batch does.
        execute(db, BEGIN[mode]);
      } catch (error) {
        throw asLibsqlError(error, 0);
      }
      const results: ResultSet[] = [];
      for (const [index, statement] of statements.entries()) {
        try {
          results.push(execute(db, statement));
        } catch (error) {
          throw asLibsqlError(error, index);
        }
      }
      try {
        await commit("COMMIT");
      } catch (error) {
        throw asLibsqlError(error, statements.length);
      }
      return results;
    } finally {
      // A failed statement (or COMMIT) leaves the transaction open: roll it back before the next turn.
      if (db.inTransaction) execute(db, "ROLLBACK");
    }
  }

  const overrides: Partial<Client> = {
    batch: (statements, mode) => {
      const run = turn.then(() => batch(statements, mode));
      turn = run.catch(() => undefined);
      return run;
    },
    close: () => {
      connection?.close();
      client.close();
    },
  };
  return overrideClient(client, overrides);
}
