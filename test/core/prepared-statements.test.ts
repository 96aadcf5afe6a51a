import { eq, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { incidents, reports } from "../../src/modules/incidents/schema";
import type { Db } from "../../src/platform/db/client";
import { NUMBER_EXPRESSION, nextNumber } from "../../src/platform/db/commit";
import { openNodeDb } from "../../src/platform/db/node-client";
import { createPreparedStatements, type InsertShape } from "../../src/platform/db/prepared-statements";
import { counters } from "../../src/platform/db/schema";
import { rateLimitWindows } from "../../src/platform/http/rate-limit-schema";

/**
 * Prepared inserts (platform/db/prepared-statements.ts) render a shape once and then only bind values:
 * each statement must be the one drizzle renders for the same row (text and driver values), run like
 * it in a batch (results, stored rows), and never share one row's values with the next.
 */
const rendered = (item: BatchItem<"sqlite">) => {
  const { sql: text, params } = (
    item as unknown as { _prepare(): { getQuery(): { sql: string; params: unknown[] } } }
  )
    ._prepare()
    .getQuery();
  return { sql: text, params };
};

const AT = "2026-06-01T12:00:00.000Z";
const incident = (id: string, extra: Partial<typeof incidents.$inferInsert> = {}) => ({
  id,
  status: "received",
  occurredAt: AT,
  receivedAt: AT,
  country: "FR",
  setting: "consumer_app",
  description: `report ${id}`,
  eventType: "injury",
  severity: "moderate",
  severityRank: 2,
  outcome: "recovering",
  updatedAt: AT,
  ...extra,
});
const report = (id: string, incidentId: string, extra: Partial<typeof reports.$inferInsert> = {}) => ({
  id,
  incidentId,
  kind: "original",
  reporterRole: "patient",
  anonymous: true,
  contactJwe: null,
  body: { text: `body ${id}`, nested: [1, null, "é"] },
  submittedAt: AT,
  ...extra,
});

const INCIDENT: InsertShape<typeof incidents> = {
  table: incidents,
  expressions: { reference: NUMBER_EXPRESSION },
};
const REPORT: InsertShape<typeof reports> = { table: reports };
const RESERVE: InsertShape<typeof rateLimitWindows> = {
  table: rateLimitWindows,
  finish: (insert) =>
    insert
      .onConflictDoUpdate({
        target: [rateLimitWindows.bucket, rateLimitWindows.clientHash, rateLimitWindows.windowStart],
        set: { bytes: sql`${rateLimitWindows.bytes} + excluded.bytes` },
        setWhere: sql`${rateLimitWindows.bytes} + excluded.bytes <= ${sql.placeholder("limit")}`,
      })
      .returning({ bytes: rateLimitWindows.bytes }),
};
const reserveByDrizzle = (db: Db, row: typeof rateLimitWindows.$inferInsert, limit: number) =>
  db
    .insert(rateLimitWindows)
    .values(row)
    .onConflictDoUpdate({
      target: [rateLimitWindows.bucket, rateLimitWindows.clientHash, rateLimitWindows.windowStart],
      set: { bytes: sql`${rateLimitWindows.bytes} + excluded.bytes` },
      setWhere: sql`${rateLimitWindows.bytes} + excluded.bytes <= ${limit}`,
    })
    .returning({ bytes: rateLimitWindows.bytes });

describe("prepared inserts", () => {
  it("render the text and driver values drizzle renders for the same row (JSON, booleans, NULLs, SQL, clauses)", async () => {
    const { db } = await openNodeDb(":memory:");
    const prepared = createPreparedStatements();
    const number = nextNumber({ db, prepared }, "incident:2026", "INC-2026-");
    for (const row of [
      incident("i1"),
      incident("i2", { useArea: "triage", widespreadInfringement: true, ageBand: null }),
    ]) {
      expect(rendered(prepared.insert(db, INCIDENT, row, number.params))).toEqual(
        db
          .insert(incidents)
          .values({ ...row, reference: number.value })
          .toSQL(),
      );
    }
    for (const row of [report("r1", "i1"), report("r2", "i1", { identifyingText: true, anonymous: false })]) {
      expect(rendered(prepared.insert(db, REPORT, row))).toEqual(db.insert(reports).values(row).toSQL());
    }
    const window = { bucket: "anon-bytes", clientHash: "h", windowStart: 0, expiresAt: 60, bytes: 10 };
    expect(rendered(prepared.insert(db, RESERVE, window, { limit: 25 }))).toEqual(
      reserveByDrizzle(db, window, 25).toSQL(),
    );
  });

  it("bind each row's own values through one rendering, and answer a batch as drizzle's statements do", async () => {
    const { db } = await openNodeDb(":memory:");
    const prepared = createPreparedStatements();
    const number = nextNumber({ db, prepared }, "incident:2026", "INC-2026-");
    const rows = [incident("a"), incident("b")];
    const results = await db.batch([
      number.bump,
      prepared.insert(db, INCIDENT, rows[0] as never, number.params),
      nextNumber({ db, prepared }, "incident:2026", "INC-2026-").bump,
      prepared.insert(db, INCIDENT, rows[1] as never, number.params),
      prepared.insert(db, REPORT, report("ra", "a")),
      prepared.insert(db, REPORT, report("rb", "b", { identifyingText: true })),
    ]);
    // The counter bumps' RETURNING rows are mapped as drizzle maps them.
    expect(results[0]).toEqual([{ value: 1 }]);
    expect(results[2]).toEqual([{ value: 2 }]);
    const stored = await db
      .select({ id: incidents.id, reference: incidents.reference, description: incidents.description })
      .from(incidents)
      .orderBy(incidents.id);
    expect(stored).toEqual([
      { id: "a", reference: "INC-2026-000001", description: "report a" },
      { id: "b", reference: "INC-2026-000002", description: "report b" },
    ]);
    // A row awaited outside a batch runs the same bound statement.
    await prepared.insert(db, REPORT, report("rc", "b", { contactJwe: "x.y.z" }));
    const storedReports = await db.select().from(reports).orderBy(reports.id);
    expect(storedReports.map((r) => [r.id, r.body, r.identifyingText, r.anonymous, r.contactJwe])).toEqual([
      ["ra", report("ra", "a").body, false, true, null],
      ["rb", report("rb", "b").body, true, true, null],
      ["rc", report("rc", "b").body, false, true, "x.y.z"],
    ]);
  });

  it("bind a clause's parameters per row: a reservation over its limit changes nothing, as drizzle's does", async () => {
    const { db } = await openNodeDb(":memory:");
    const prepared = createPreparedStatements();
    const window = { bucket: "anon-bytes", clientHash: "h", windowStart: 0, expiresAt: 60, bytes: 10 };
    const [first, second, refused, raised] = await db.batch([
      prepared.insert(db, RESERVE, window, { limit: 25 }),
      prepared.insert(db, RESERVE, window, { limit: 25 }),
      prepared.insert(db, RESERVE, window, { limit: 25 }),
      prepared.insert(db, RESERVE, window, { limit: 40 }),
    ]);
    expect([first, second, refused, raised]).toEqual([[{ bytes: 10 }], [{ bytes: 20 }], [], [{ bytes: 30 }]]);
    const [row] = await db.select().from(rateLimitWindows).where(eq(rateLimitWindows.clientHash, "h"));
    expect(row?.bytes).toBe(30);
  });

  it("write a column's default for an undefined value, as drizzle does, and refuse what one rendering cannot hold", async () => {
    const { db } = await openNodeDb(":memory:");
    const prepared = createPreparedStatements();
    const row = report("r1", "i1", { identifyingText: undefined, submittedBySub: undefined });
    expect(rendered(prepared.insert(db, REPORT, row))).toEqual(db.insert(reports).values(row).toSQL());
    // A value that is SQL belongs in the shape; a JavaScript default would run only once.
    expect(() => prepared.insert(db, REPORT, { ...report("r2", "i1"), kind: sql`'x'` } as never)).toThrow(
      /is SQL/,
    );
    expect(() =>
      prepared.insert(
        db,
        INCIDENT,
        { ...incident("i3"), reference: "INC-1" },
        { numberPrefix: "", numberCounter: "" },
      ),
    ).toThrow(/written by the shape's SQL/);
    const stamped = sqliteTable("stamped", {
      id: text("id").primaryKey(),
      at: text("at").$defaultFn(() => AT),
    });
    expect(() => prepared.insert(db, { table: stamped }, { id: "s" })).toThrow(/default is a function/);
    expect(() =>
      prepared.insert(db, RESERVE, { bucket: "b", clientHash: "h", windowStart: 0, expiresAt: 1 }),
    ).toThrow(/no value for parameter "limit"/);
  });
});

describe("prepared queries", () => {
  it("are built once per app and database, and answer each call's own parameters", async () => {
    const [one, two] = [await openNodeDb(":memory:"), await openNodeDb(":memory:")];
    const prepared = createPreparedStatements();
    let builds = 0;
    const BY_NAME = {
      build: (db: Db) => {
        builds += 1;
        return db
          .select({ value: counters.value })
          .from(counters)
          .where(eq(counters.name, sql.placeholder("name")))
          .prepare();
      },
    };
    await one.db.insert(counters).values([
      { name: "a", value: 1 },
      { name: "b", value: 2 },
    ]);
    await two.db.insert(counters).values({ name: "a", value: 10 });
    const read = (db: Db, name: string) => prepared.query(db, BY_NAME).all({ name });
    expect(await read(one.db, "a")).toEqual([{ value: 1 }]);
    expect(await read(one.db, "b")).toEqual([{ value: 2 }]);
    expect(await read(one.db, "c")).toEqual([]);
    expect(await read(two.db, "a")).toEqual([{ value: 10 }]);
    expect(builds).toBe(2);
  });
});
