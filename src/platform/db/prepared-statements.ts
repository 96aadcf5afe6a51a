import { getTableColumns, getTableName, is, Param, Placeholder, SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { SQLiteInsertBase, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * Inserts whose SQL is rendered once per app and database, then only bound. drizzle renders every
 * statement anew (walking each chunk of it through `is()` checks): for a filing's ten batch statements
 * that was ~0.5 ms of its ~3.4 ms of CPU, more than SQLite spent running them. A module declares the
 * shape of a hot insert once (its table, SQL-valued columns, on-conflict and returning clauses, each
 * parameter of those a named `sql.placeholder`); `PreparedStatements.insert` renders it through drizzle
 * itself the first time a row with that set of keys comes, and later rows only map their values to
 * driver values, each through its column's own encoder, exactly as drizzle binds them.
 *
 * The result is a batch item for drizzle's `db.batch` (and for commitWithAudit's batches): drizzle's
 * own statement, whose `_prepare()` answers the prepared query with this row's values. That is
 * drizzle's internal batch protocol (libSQL's session reads `getQuery()` and `mapResult`; D1's the
 * prepared `stmt`), which drizzle 0.45 has no public form of; test/core/prepared-statements.test.ts checks
 * the text and values against drizzle's own rendering, so an upgrade that changes it fails there.
 */
export interface InsertShape<T extends SQLiteTable = SQLiteTable> {
  table: T;
  /** Columns written as SQL rather than bound; their parameters are placeholders, bound from `params`. */
  expressions?: Readonly<Record<string, SQL>>;
  /** The rest of the statement (`onConflictDoUpdate`, `returning`), applied once when it is rendered. */
  finish?: (insert: SQLiteInsertBase<T, "async", unknown>) => BatchItem<"sqlite">;
}

/** A row for a shape: the table's insert columns (one the shape writes as SQL is refused when bound). */
type InsertRow<T extends SQLiteTable> = Partial<T["$inferInsert"]>;

/**
 * A hot read prepared once per app and database with drizzle's own `.prepare()` (its parameters
 * `sql.placeholder`s, bound by the prepared query's `all`/`get`): built once, it skips drizzle's
 * rendering on every request, as prepared inserts do. Declared once by a module, as a constant.
 */
export interface QueryShape<Q> {
  build: (db: Db) => Q;
}

export interface PreparedStatements {
  /** `shape`'s prepared query on `db`, built on first use. */
  query<Q>(db: Db, shape: QueryShape<Q>): Q;

  /**
   * The batch statement inserting `row` by `shape` on `db`. `params` binds the placeholders of the
   * shape's expressions and clauses. Same statement, same values as `db.insert(table).values(row)`
   * with the shape's expressions and clauses; a row whose value is SQL is refused (declare it).
   */
  insert<T extends SQLiteTable>(
    db: Db,
    shape: InsertShape<T>,
    row: InsertRow<T>,
    params?: Readonly<Record<string, unknown>>,
  ): BatchItem<"sqlite">;
}

/** One rendered statement: its builder, drizzle's prepared query, and how to bind each parameter. */
interface Rendered {
  builder: object;
  prepared: { getQuery(): { sql: string; params: unknown[]; typings?: unknown[] } };
  sql: string;
  typings: unknown[] | undefined;
  bind: ((row: Record<string, unknown>, params: Readonly<Record<string, unknown>>) => unknown)[];
}

/** What a bound statement overrides of drizzle's prepared query and of its builder (plain fields). */
interface BoundQuery {
  query: unknown;
  run(): Promise<unknown>;
  all(): Promise<unknown>;
  get(): Promise<unknown>;
  values(): Promise<unknown>;
}
type BoundItem = Omit<BoundQuery, "query"> & { _prepare(): BoundQuery };

const NO_PARAMS: Readonly<Record<string, unknown>> = {};

/** Placeholders of the row's own values are named apart from the shape's named parameters. */
const ROW = "row:";

/** How to bind each rendered parameter: a row's column value, a named parameter, or a constant. */
function binder(param: unknown): Rendered["bind"][number] {
  const placeholder = is(param, Param) ? param.value : param;
  if (!is(placeholder, Placeholder)) return () => param;
  const encoder = is(param, Param) ? param.encoder : undefined;
  // As drizzle binds a value: null stays NULL, anything else goes through its column's encoder.
  const encode = (value: unknown) => (value === null || !encoder ? value : encoder.mapToDriverValue(value));
  const { name } = placeholder;
  if (name.startsWith(ROW)) {
    const key = name.slice(ROW.length);
    return (row) => encode(row[key]);
  }
  return (_row, params) => {
    if (!(name in params)) throw new Error(`prepared insert: no value for parameter "${name}"`);
    return encode(params[name]);
  };
}

function render(db: Db, shape: InsertShape, keys: string[]): Rendered {
  const columns = getTableColumns(shape.table);
  const values: Record<string, unknown> = { ...shape.expressions };
  for (const key of keys) {
    if (key in values) throw new Error(`prepared insert: "${key}" is written by the shape's SQL`);
    values[key] = sql.placeholder(`${ROW}${key}`);
  }
  for (const [key, column] of Object.entries(columns)) {
    // A JavaScript default runs when drizzle renders: rendered once, every row would share its value.
    if (!(key in values) && (column.defaultFn !== undefined || column.onUpdateFn !== undefined)) {
      throw new Error(
        `prepared insert into ${getTableName(shape.table)}: pass "${key}" (its default is a function)`,
      );
    }
  }
  const base = db.insert(shape.table).values(values as never);
  const builder = shape.finish ? shape.finish(base as never) : base;
  const prepared = (builder as unknown as { prepare(): Rendered["prepared"] }).prepare();
  const query = prepared.getQuery();
  return { builder, prepared, sql: query.sql, typings: query.typings, bind: query.params.map(binder) };
}

function cached<K extends object | string, V>(
  map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Per app (deps.prepared): each shape rendered once per database handle and set of row keys. */
export function createPreparedStatements(): PreparedStatements {
  const byDb = new WeakMap<Db, Map<InsertShape, Map<string, Rendered>>>();
  const queries = new WeakMap<Db, Map<QueryShape<unknown>, unknown>>();
  return {
    query<Q>(db: Db, shape: QueryShape<Q>): Q {
      return cached(
        cached(queries, db, () => new Map()),
        shape,
        () => shape.build(db),
      ) as Q;
    },
    insert(db, shape, row, params = NO_PARAMS) {
      // Shapes of any table share the cache: each is keyed by its own identity.
      const key = shape as unknown as InsertShape;
      const renderings = cached(
        cached(byDb, db, () => new Map()),
        key,
        () => new Map<string, Rendered>(),
      );
      // An undefined value is a missing one (drizzle writes the column's default): it changes the text.
      const keys: string[] = [];
      const values = row as Record<string, unknown>;
      for (const name in values) {
        const value = values[name];
        if (value === undefined) continue;
        // instanceof rather than drizzle's is(), which walks the prototype chain of every JSON value.
        if (typeof value === "object" && value instanceof SQL)
          throw new Error(`prepared insert: "${name}" is SQL; declare it in the shape`);
        keys.push(name);
      }
      const signature = keys.join(",");
      const {
        builder,
        prepared,
        sql: text,
        typings,
        bind,
      } = cached(renderings, signature, () => render(db, key, keys));
      const query = { sql: text, params: bind.map((b) => b(values, params)), typings };
      // drizzle's prepared query with this row's values (its getQuery() answers `query`): what its
      // batch, or an await of the item on its own, executes.
      const bound = Object.create(prepared) as BoundQuery;
      bound.query = query;
      const item = Object.create(builder) as BoundItem;
      item._prepare = () => bound;
      item.run = () => bound.run();
      item.all = () => bound.all();
      item.get = () => bound.get();
      item.values = () => bound.values();
      return item as unknown as BatchItem<"sqlite">;
    },
  };
}
