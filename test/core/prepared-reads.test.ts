import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openNodeDb } from "../../src/platform/db/node-client";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Issue 14, hot reads: on a database file the health ping and the state version (the ETag of the
 * product page) run statements prepared once on the native read connection. A statement kept
 * prepared must not keep a read snapshot open: each run sees every commit made before it.
 */
describe("reads prepared once on the native connection", () => {
  it("see each commit of the main connection, and answer undefined when there is no row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "prepared-reads-"));
    dirs.push(dir);
    const opened = await openNodeDb(`file:${join(dir, "db.sqlite")}`);
    try {
      await opened.db.run(sql`create table probe (seq integer primary key)`);
      const head = opened.prepareRead(sql`select seq from probe order by seq desc limit 1`);
      expect(await head()).toBeUndefined();
      await opened.db.run(sql`insert into probe values (1)`);
      expect(await head()).toEqual([1]);
      await opened.db.run(sql`insert into probe values (2)`);
      expect(await head()).toEqual([2]);
      // Only reads: a write is refused (raw statements must return data; the connection is query_only).
      await expect(async () => opened.prepareRead(sql`insert into probe values (3)`)()).rejects.toThrow();
      expect(await head()).toEqual([2]);
    } finally {
      opened.close();
    }
  });
});
