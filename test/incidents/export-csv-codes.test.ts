import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, getTableColumns } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FIELDS } from "../../src/modules/incidents/domain/export/fields";
import * as s from "../../src/schema";
import { lineReference } from "../helpers/export-reference";
import { createTestApp, type TestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents, seedRow } from "../helpers/query-seed";
import { buildWorld, type World } from "../helpers/query-world";

/**
 * The CSV record writes the `csv: "code"` fields (ids, references, timestamps, vocabulary codes) bare
 * when one check of the row's codes allows it (queries/export-csv-sql.ts). That check must be exact
 * for whatever the database holds, not only for what the API lets in: here each incident has one
 * code field set to a hostile value and every other field clean, so each part of the check (NUL,
 * each quote trigger, each formula start, in each field) alone decides its row. The export through
 * the HTTP API must still equal the JS reference (csv.ts) byte for byte, on both row readers.
 */
const dir = mkdtempSync(join(tmpdir(), "export-csv-codes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = [
  '"',
  'a"b',
  ",",
  "a,b",
  "\r",
  "a\rb",
  "a\nb",
  "=1+1",
  "+1",
  "-1",
  "@SUM(A1)",
  "\tx",
  "\rx",
  "\u0000 NUL first",
  "ok\u0000,=after NUL",
  // The unit separator the check puts before each value: inside a value it may only cost the fast path.
  "\u001f=x",
  "x\u001f",
  "x\u001f-y,z",
  "",
];
const CODE_FIELDS = EXPORT_FIELDS.filter((f) => "csv" in f && f.csv === "code").map((f) => f.name);
/** [drizzle key, column] of incidents, to set a column by its SQL name. */
const COLUMN_KEYS = Object.entries(getTableColumns(s.incidents));

/**
 * Stores one incident per (code field, hostile value). Foreign keys and joined values get rows of
 * their own (a product, version or deployment under that id, a product with that number). received_at is left out: its trigger refuses
 * such values (tested below). NUL is left out of incident ids: the export's keyset reads the id back
 * through the driver, which cuts it there (a paging matter, not CSV's).
 */
async function seedHostile(t: TestApp, w: World): Promise<number> {
  const [product] = await t.db.select().from(s.products).where(eq(s.products.id, w.A.id));
  const [version] = await t.db.select().from(s.productVersions).where(eq(s.productVersions.id, w.A1.id));
  const [deployment] = await t.db.select().from(s.deployments).where(eq(s.deployments.id, w.deployment.id));
  if (!product || !version || !deployment) throw new Error("world rows missing");
  const items: SeedIncident[] = [];
  const updates: Record<string, string>[] = [];
  let n = 0;
  for (const field of CODE_FIELDS.filter((f) => f !== "received_at")) {
    for (const value of HOSTILE) {
      if (field === "id" && (value.includes("\u0000") || value === "")) continue;
      n += 1;
      const item: SeedIncident = { receivedAt: new Date(Date.UTC(2026, 4, 1) + n * 60_000).toISOString() };
      const update: Record<string, string> = {};
      if (field === "id") item.id = value;
      else if (field === "product_id" || field === "registration_number") {
        const id = field === "product_id" ? value : `product-${n}`;
        const registrationNumber = field === "product_id" ? `REG-${n}` : value;
        await t.db.insert(s.products).values({ ...product, id, registrationNumber });
        item.productId = id;
      } else if (field === "product_version_id") {
        await t.db.insert(s.productVersions).values({ ...version, id: value, version: `9.${n}` });
        Object.assign(item, { productId: w.A.id, productVersionId: value });
      } else if (field === "deployment_id") {
        await t.db.insert(s.deployments).values({ ...deployment, id: value });
        item.deploymentId = value;
      } else {
        const key = COLUMN_KEYS.find(([, column]) => column.name === field)?.[0];
        if (!key) throw new Error(`no incidents column ${field}`);
        update[key] = value;
      }
      items.push(item);
      updates.push(update);
    }
  }
  const ids = await seedIncidents(t, items);
  for (const [k, id] of ids.entries()) {
    if (Object.keys(updates[k] ?? {}).length > 0) {
      await t.db
        .update(s.incidents)
        .set(updates[k] as never)
        .where(eq(s.incidents.id, id));
    }
  }
  return ids.length;
}

describe.each([
  ["drizzle values() reader (in-memory database)", undefined],
  ["native libSQL reader (database file)", `file:${join(dir, "codes.db")}`],
])("CSV code fields — %s", (_name, databaseUrl) => {
  let t: TestApp;
  let seeded: number;

  beforeAll(async () => {
    t = await createTestApp(databaseUrl ? { databaseUrl } : {});
    seeded = await seedHostile(t, await buildWorld(t));
  });
  afterAll(() => t.close());

  it("a hostile value in any one code field is exported exactly as the JS reference writes it", async () => {
    const res = await t.app.request("/v1/incidents/export?format=csv", {
      headers: { authorization: `Bearer ${await t.token("regulator")}` },
    });
    expect(res.status).toBe(200);
    const actual = Buffer.from(await res.arrayBuffer()).toString("utf8");
    const expected = await lineReference(t, "csv");
    const actualLines = actual.split("\r\n");
    for (const [n, line] of expected.text.split("\r\n").entries()) {
      expect(actualLines[n], `line ${n}`).toBe(line);
    }
    expect(actual).toBe(expected.text);
    // Not vacuous: every row was exported, and the formula guard, quoting and the NUL cut all show.
    expect(seeded).toBe((CODE_FIELDS.length - 2) * HOSTILE.length + HOSTILE.length - 3);
    expect(expected.rows).toBe(seeded);
    for (const encoded of [",'=1+1,", ',"a,b",', ',"a""b",', ',"\'\rx",', ",ok,"]) {
      expect(actual).toContain(encoded);
    }
  });

  it("received_at cannot hold such a value: its trigger refuses it (migration 0018)", async () => {
    for (const value of ["=1+1", "2026-05-01T00:00:00.000Z,x", "2026-05-01T00:00:00.000Z\u0000,x"]) {
      const row = seedRow({ receivedAt: value });
      await expect(t.db.insert(s.incidents).values(row)).rejects.toThrow();
    }
  });
});
