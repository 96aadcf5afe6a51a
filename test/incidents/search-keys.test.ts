import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/harness";
import { seedIncidents } from "../helpers/query-seed";

/**
 * The FTS rowid of an incident is `hour(received_at) << 20 | n` (drizzle/0018_*), which the search
 * pages rely on (queries/fts-page.ts): the triggers must keep it so for every insert and update.
 */
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

const hourOfKey = async (id: string) => {
  const [row] = await app.db.all<{ hour: number; expected: number }>(sql`
    select k.rowid >> 20 as hour, cast(strftime('%s', i.received_at) as integer) / 3600 as expected
    from incident_search_keys k join incidents i on i.id = k.incident_id where i.id = ${id}`);
  return row;
};

async function searchIds(query: string): Promise<string[]> {
  const res = await app.call("GET", `/v1/incidents?${query}`, { as: "regulator" });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.data.map((d: { id: string }) => d.id);
}

describe("search keys follow received_at", () => {
  it("inserted out of received order, each key carries its own hour", async () => {
    const ids = await seedIncidents(app, [
      { receivedAt: "2026-03-01T10:59:59.999Z", description: "Quetiapine mix-up (late)" },
      { receivedAt: "2026-03-01T09:00:00.000Z", description: "Quetiapine mix-up (early)" },
      { receivedAt: "2026-03-01T11:00:00.000Z", description: "Quetiapine mix-up (next hour)" },
    ]);
    for (const id of ids) {
      const key = await hourOfKey(id);
      expect(key?.hour).toBe(key?.expected);
    }
    expect(await searchIds("q=quetiapine")).toEqual([ids[2], ids[0], ids[1]]);
    expect(await searchIds("q=quetiapine&sort=received_at")).toEqual([ids[1], ids[0], ids[2]]);
  });

  it("a changed received_at moves the incident's key (and its place in search pages)", async () => {
    const [old, recent] = await seedIncidents(app, [
      { receivedAt: "2026-02-01T08:00:00.000Z", description: "Warfarin interaction missed (a)" },
      { receivedAt: "2026-02-02T08:00:00.000Z", description: "Warfarin interaction missed (b)" },
    ]);
    expect(await searchIds("q=warfarin")).toEqual([recent, old]);
    await app.db.run(sql`update incidents set received_at = '2026-02-03T08:00:00.000Z' where id = ${old}`);
    const key = await hourOfKey(old as string);
    expect(key?.hour).toBe(key?.expected);
    expect(await searchIds("q=warfarin")).toEqual([old, recent]);
  });

  it("a received_at whose text order is not its time order is refused", async () => {
    await expect(seedIncidents(app, [{ receivedAt: "2026-02-01T08:00:00Z" }])).rejects.toThrow();
    await expect(seedIncidents(app, [{ receivedAt: "2026-02-01T10:00:00.000+02:00" }])).rejects.toThrow();
  });
});
