import { type Client, ConnectionPool, Sqlite3Client } from "@libsql/client/sqlite3";
import type Database from "libsql";

/**
 * How many distinct SQL texts one connection keeps prepared. The hot paths use a few dozen; texts
 * that differ only in an IN-list's length or a dynamic filter add more, so the cache is bounded
 * (least recently used out) rather than growing with every shape a query ever took.
 */
const STATEMENTS_PER_CONNECTION = 512;

/** What the local driver needs of the connection it runs on (libsql's better-sqlite3-like API). */
type Connection = Pick<Database.Database, "prepare">;
type Statement = ReturnType<Connection["prepare"]>;

/**
 * @libsql/client's local driver compiles every statement afresh on every call (`db.prepare(sql)`
 * in its executeStmt). For a filing that was ~1.3 ms of its ~6 ms: the incident insert alone costs
 * ~0.5 ms to compile, as SQLite compiles its search and rollup triggers into it. Keeping each
 * connection's statements prepared removes that; SQLite re-prepares a statement by itself when a
 * migration changes the schema under it. Everything else (pool, result mapping, error codes,
 * transactions) stays the library's own.
 */
export function cacheStatements(connection: Connection) {
  const compile = connection.prepare.bind(connection);
  const prepared = new Map<string, Statement>();
  connection.prepare = ((sql: string) => {
    let statement = prepared.get(sql);
    if (statement) {
      // Most recently used last, so the first key is the one to drop.
      prepared.delete(sql);
    } else {
      statement = compile(sql);
      // SQLite re-prepares a statement whose schema changed, but libsql keeps the column list it read
      // first: a reused `select *` (or `returning *`) would name the old columns after a migration.
      // A reader that names each of its columns cannot change shape, so only those are kept.
      if (statement.reader && sql.includes("*")) return statement;
      if (prepared.size >= STATEMENTS_PER_CONNECTION) prepared.delete(prepared.keys().next().value as string);
      if (!statement.reader) {
        // The driver calls raw(true) on every statement to learn whether it returns rows, and libsql
        // answers a write with a native exception: a known one, thrown from here, is far cheaper.
        const notAReader = new TypeError("The raw() method is only for statements that return data");
        statement.raw = () => {
          throw notAReader;
        };
      } else {
        rememberReaderSettings(statement);
      }
    }
    prepared.set(sql, statement);
    return statement;
  }) as Connection["prepare"];
}

/**
 * The driver asks a reader for its columns (twice) and sets raw and safe-integer mode on every
 * execution: each a native call. A kept reader names its columns, so they are read once; a mode is
 * passed on only when it changes.
 */
function rememberReaderSettings(statement: Statement) {
  const columns = statement.columns();
  statement.columns = () => columns;
  const setRaw = statement.raw.bind(statement);
  const setSafeIntegers = statement.safeIntegers.bind(statement);
  let raw: boolean | undefined;
  let safeIntegers: boolean | undefined;
  statement.raw = (on = true) => {
    if (on !== raw) setRaw(on);
    raw = on;
    return statement;
  };
  statement.safeIntegers = (on = true) => {
    if (on !== safeIntegers) setSafeIntegers(on);
    safeIntegers = on;
    return statement;
  };
}

/** @libsql/client's connection pool, each of whose connections keeps its statements prepared. */
class PreparingPool extends ConnectionPool {
  readonly #seen = new WeakSet<object>();

  override acquireSync(forTransaction = false) {
    // Every borrow (acquire, and the pool's hand-over to a waiter) comes from a connection opened here.
    const connection = super.acquireSync(forTransaction);
    if (!this.#seen.has(connection)) {
      this.#seen.add(connection);
      cacheStatements(connection);
    }
    return connection;
  }
}

/**
 * The local (file or in-memory) libSQL client with prepared-statement reuse, or undefined for a URL
 * it does not handle the way createClient would (remote servers, URL parameters, other memory forms):
 * those keep the plain client. Same defaults as createClient: integers as numbers, 20 connections on a
 * file, one in memory (a second would be another, empty database).
 */
export function preparingLocalClient(url: string, timeoutMs: number): Client | undefined {
  const path =
    url === ":memory:" ? ":memory:" : url.startsWith("file:") ? url.slice("file:".length) : undefined;
  if (path === undefined || path === "" || path.includes("?") || path.startsWith("//")) return undefined;
  if (path.startsWith(":") && path !== ":memory:") return undefined;
  const pool = new PreparingPool(path, { timeout: timeoutMs }, path === ":memory:" ? 1 : 20);
  return new Sqlite3Client(pool, "number");
}
