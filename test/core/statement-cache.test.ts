import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { openNodeDb } from "../../src/platform/db/node-client";
import { classifySqliteError } from "../../src/platform/db/sqlite-errors";

/**
 * The local client keeps each connection's statements prepared (platform/db/statement-cache.ts).
 * A reused statement must behave exactly like a fresh one: after a failed write, inside and after a
 * rolled-back batch, after the schema changed under it, and with the driver's row and error shapes.
 */
const dir = mkdtempSync(join(tmpdir(), "statement-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function client(url: string) {
  const opened = await openNodeDb(url, undefined, "drizzle");
  // drizzle keeps the libSQL client it runs every statement through on `$client`.
  return { ...opened, raw: (opened.db as unknown as { $client: Client }).$client };
}

describe.each([":memory:", `file:${join(dir, "cache.db")}`])("prepared statements reused on %s", (url) => {
  it("answers a reused statement like a fresh one, through failures, rollbacks and schema changes", async () => {
    const { raw, close } = await client(url);
    await raw.execute("create table t (a integer primary key, b text unique)");
    const insert = "insert into t (a, b) values (?, ?)";
    await raw.execute({ sql: insert, args: [1, "x"] });
    const duplicate = await raw.execute({ sql: insert, args: [2, "x"] }).catch((e: unknown) => e);
    expect(classifySqliteError(duplicate)).toBe("constraint");
    expect((duplicate as { code?: string }).code).toBe("SQLITE_CONSTRAINT");
    // The same statement, after its failure, still writes.
    const written = await raw.execute({ sql: insert, args: [3, "y"] });
    expect(written.rowsAffected).toBe(1);
    expect(Number(written.lastInsertRowid)).toBe(3);

    // A batch whose last statement fails rolls back as a whole, cached statements included.
    const failed = await raw
      .batch(
        [
          { sql: insert, args: [4, "z"] },
          { sql: insert, args: [5, "x"] },
        ],
        "write",
      )
      .catch((e: unknown) => e);
    expect(classifySqliteError(failed)).toBe("constraint");

    const select = "select * from t order by a";
    const rows = (await raw.execute(select)).rows;
    expect(rows.map((r) => [r.a, r.b])).toEqual([
      [1, "x"],
      [3, "y"],
    ]);
    // Rows are both indexed and named, numbers not bigints, as createClient's.
    expect([rows[0]?.[0], rows[0]?.[1], typeof rows[0]?.a]).toEqual([1, "x", "number"]);

    // Statements prepared before a schema change see the new schema: `select *` its new columns,
    // a write and a reader that name their columns the table as it now is.
    const named = "select a, b from t order by a";
    await raw.execute(named);
    await raw.execute("alter table t add column c text default 'new'");
    const after = await raw.execute(select);
    expect(after.columns).toEqual(["a", "b", "c"]);
    expect(after.rows.map((r) => r.c)).toEqual(["new", "new"]);
    await raw.execute({ sql: insert, args: [6, "w"] });
    const namedAfter = await raw.execute(named);
    expect(namedAfter.columns).toEqual(["a", "b"]);
    expect(namedAfter.rows.map((r) => [r.a, r.b])).toEqual([
      [1, "x"],
      [3, "y"],
      [6, "w"],
    ]);
    close();
  });
});
