import { asc } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { verifyChain } from "../../src/platform/audit/chain";
import { ANONYMOUS } from "../../src/platform/auth/principal";
import type { Db } from "../../src/platform/db/client";
import { commitWithAudit } from "../../src/platform/db/commit";
import { openNodeDb } from "../../src/platform/db/node-client";
import { auditLog, counters } from "../../src/platform/db/schema";
import { classifySqliteError } from "../../src/platform/db/sqlite-errors";

/**
 * The write queue under commitWithAudit (platform/db/group-commit.ts), seen from the database: writes
 * submitted together commit as one batch, each with its own chained entry in submission order, and a
 * write that breaks a constraint fails alone, with the error it gets when committed by itself.
 */
async function world() {
  const { db } = await openNodeDb(":memory:");
  let batches = 0;
  // Counts the batches the queue sends; everything else passes straight through.
  const counted = new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "batch") {
        return (...args: Parameters<Db["batch"]>) => {
          batches += 1;
          return target.batch(...args);
        };
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const deps = makeDeps(counted, parseConfig({ NODE_ENV: "test", DATABASE_URL: ":memory:" }));
  const write = (name: string) =>
    commitWithAudit(deps, ANONYMOUS, () => [deps.db.insert(counters).values({ name, value: 1 })], [
      { action: "test.write", entity: "counter", entityId: name, payload: { name } },
    ]);
  const entries = () => db.select().from(auditLog).orderBy(asc(auditLog.seq));
  return { write, entries, batches: () => batches };
}

describe("group commit", () => {
  it("commits writes submitted together as one batch, each its own entry, in submission order", async () => {
    const w = await world();
    const names = ["a", "b", "c", "d", "e"];
    await Promise.all(names.map(w.write));
    expect(w.batches()).toBe(1);
    const entries = await w.entries();
    expect(entries.map((e) => [e.seq, e.entityId])).toEqual(names.map((n, i) => [i + 1, n]));
    expect((await verifyChain(entries)).ok).toBe(true);
  });

  it("fails only the write that breaks a constraint, with the error it gets alone; its neighbours land", async () => {
    const w = await world();
    const outcomes = await Promise.allSettled(["a", "b", "a", "c", "d"].map(w.write));
    expect(outcomes.map((o) => o.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
    ]);
    const inGroup = (outcomes[2] as PromiseRejectedResult).reason;
    const alone = await w.write("a").then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(classifySqliteError(inGroup)).toBe("constraint");
    expect(String(inGroup)).toBe(String(alone));
    const entries = await w.entries();
    expect(entries.map((e) => [e.seq, e.entityId])).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
    ]);
    expect((await verifyChain(entries)).ok).toBe(true);
  });
});
