import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { openNodeDb } from "../../src/platform/db/node-client";
import { classifySqliteError } from "../../src/platform/db/sqlite-errors";

/**
 * On a database file, batches commit on a connection of their own with COMMIT off the event loop
 * (platform/db/async-commit.ts). Seen from the client: the same results and errors as the driver's
 * own batch, foreign keys enforced on that connection too, batches taking turns, a failed batch
 * leaving nothing behind, and every committed batch visible to the other connections at once.
 */
const dir = mkdtempSync(join(tmpdir(), "async-commit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(name: string) {
  const opened = await openNodeDb(`file:${join(dir, name)}`);
  // drizzle keeps the libSQL client it runs every statement through on `$client`.
  const raw = (opened.db as unknown as { $client: Client }).$client;
  await raw.execute("create table parent (id integer primary key, name text unique)");
  await raw.execute(
    "create table child (id integer primary key, parent_id integer not null references parent(id))",
  );
  return { ...opened, raw };
}

describe("batches with an asynchronous commit", () => {
  it("returns the driver's result sets, and the rows are visible to the other connections", async () => {
    const { raw, close } = await open("results.db");
    const [inserted, returned, counted] = await raw.batch(
      [
        { sql: "insert into parent (id, name) values (?, ?)", args: [1, "a"] },
        { sql: "insert into parent (id, name) values (?, ?) returning id, name", args: [2, "b"] },
        "select count(*) as n from parent",
      ],
      "write",
    );
    expect([inserted?.rowsAffected, Number(inserted?.lastInsertRowid)]).toEqual([1, 1]);
    expect(returned?.columns).toEqual(["id", "name"]);
    expect(returned?.rows.map((r) => [r.id, r[1]])).toEqual([[2, "b"]]);
    expect(counted?.rows[0]?.n).toBe(2);
    expect((await raw.execute("select name from parent order by id")).rows.map((r) => r.name)).toEqual([
      "a",
      "b",
    ]);
    close();
  });

  it("enforces foreign keys and rolls a failed batch back whole, with the driver's error", async () => {
    const { raw, close } = await open("failures.db");
    const orphan = await raw
      .batch(
        [
          { sql: "insert into parent (id, name) values (?, ?)", args: [1, "a"] },
          { sql: "insert into child (id, parent_id) values (?, ?)", args: [1, 99] },
        ],
        "write",
      )
      .catch((e: unknown) => e);
    expect(classifySqliteError(orphan)).toBe("constraint");
    expect(orphan).toMatchObject({ code: "SQLITE_CONSTRAINT", statementIndex: 1 });
    expect((await raw.execute("select count(*) as n from parent")).rows[0]?.n).toBe(0);
    // The connection is usable again: the failed transaction did not stay open.
    await raw.batch([{ sql: "insert into parent (id, name) values (?, ?)", args: [1, "a"] }], "write");
    expect((await raw.execute("select count(*) as n from parent")).rows[0]?.n).toBe(1);
    close();
  });

  it("runs batches submitted together one after the other, each whole", async () => {
    const { raw, close } = await open("turns.db");
    const batches = Array.from({ length: 20 }, (_, i) =>
      raw.batch(
        [
          { sql: "insert into parent (id, name) values (?, ?)", args: [i + 1, `p${i}`] },
          // Every other batch fails on its second statement and must leave no parent behind.
          { sql: "insert into child (id, parent_id) values (?, ?)", args: [i + 1, i % 2 ? 999 : i + 1] },
        ],
        "write",
      ),
    );
    const outcomes = await Promise.allSettled(batches);
    expect(outcomes.map((o) => o.status)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? "rejected" : "fulfilled")),
    );
    const parents = (await raw.execute("select id from parent order by id")).rows.map((r) => r.id);
    expect(parents).toEqual(Array.from({ length: 10 }, (_, i) => 2 * i + 1));
    close();
  });
});
