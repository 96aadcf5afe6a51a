import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportRowBatches, LINE_BATCH_MAX_ROWS } from "../../src/modules/incidents/queries";
import { EXPORT_BATCH } from "../../src/modules/incidents/routes/export";
import { valuesRowReader } from "../../src/platform/db/row-reader";
import * as s from "../../src/schema";
import { createTestApp, type TestApp } from "../helpers/harness";
import { type SeedIncident, seedIncidents } from "../helpers/query-seed";
import { buildWorld, type World } from "../helpers/query-world";

/**
 * Exports longer than one batch, through the HTTP API, on both row readers: drizzle's `values()` (an
 * in-memory database, as on the Worker) and the native libSQL reader (a database file, as `npm start`
 * runs). Consistency rule under test (queries/export-rows.ts): the export holds exactly the incidents
 * that existed when it started, each once, oldest received first (id breaks ties), each batch showing
 * its rows as they are when it is read.
 */
// Past the third batch of either kind of read (decoded rows for FHIR, SQL-built lines for CSV/NDJSON).
const ROWS = Math.max(EXPORT_BATCH * 3, LINE_BATCH_MAX_ROWS * 2) + 17;
const dir = mkdtempSync(join(tmpdir(), "export-batches-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Seven incidents per received_at instant, so batch boundaries fall inside ties and the id must order them.
const at = (i: number) => new Date(Date.UTC(2026, 4, 1) + Math.floor(i / 7) * 60_000).toISOString();
const order = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

async function seedWorld(t: TestApp, w: World) {
  const items: SeedIncident[] = Array.from({ length: ROWS }, (_, i) => ({
    receivedAt: at(i),
    productId: i % 3 === 0 ? null : i % 3 === 1 ? w.A.id : w.B.id,
    productVersionId: i % 3 === 1 ? w.A1.id : null,
    risks: i % 4 === 0 ? ["R_PRIVACY", "R_BIAS", "R_FALSE_INFO"] : i % 4 === 1 ? ["R_FALSE_INFO"] : [],
    descriptionIdentifying: i % 5 === 0,
    description: i % 11 === 0 ? `Zeile ${i}: "Dosis" verdoppelt,\nüber Nacht — 服用量` : `row ${i}`,
  }));
  const ids = await seedIncidents(t, items);
  return ids.map((id, i) => ({ id, at: at(i) })).sort(order);
}

/** Reads an export as it streams: the first chunk, then `meanwhile`, then the rest. */
async function streamExport(t: TestApp, format: string, meanwhile: () => Promise<void>) {
  const res = await t.app.request(`/v1/incidents/export?format=${format}`, {
    headers: { authorization: `Bearer ${await t.token("regulator")}` },
  });
  expect(res.status).toBe(200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  const first = await reader.read();
  if (!first.done) chunks.push(first.value);
  await meanwhile();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return { text: Buffer.concat(chunks).toString("utf8"), chunks: chunks.length };
}

describe.each([
  ["drizzle values() reader (in-memory database)", undefined],
  ["native libSQL reader (database file)", `file:${join(dir, "export.db")}`],
])("export across batches — %s", (_name, databaseUrl) => {
  let t: TestApp;
  let w: World;
  let pinned: { id: string; at: string }[];

  beforeAll(async () => {
    t = await createTestApp(databaseUrl ? { databaseUrl } : {});
    w = await buildWorld(t);
    pinned = await seedWorld(t, w);
  });
  afterAll(() => t.close());

  it("NDJSON: every incident that existed at the start exactly once, in order, with changes made mid-export", async () => {
    const lastId = pinned.at(-1)?.id as string;
    const firstId = pinned[0]?.id as string;
    let added: string[] = [];
    const { text, chunks } = await streamExport(t, "ndjson", async () => {
      // Filed after the export started: one sorting before everything read, one after everything.
      added = await seedIncidents(t, [
        { receivedAt: "2026-04-01T00:00:00.000Z" },
        { receivedAt: "2026-12-01T00:00:00.000Z" },
      ]);
      // Changed after the export started: a row already sent and a row not read yet.
      await t.db.update(s.incidents).set({ status: "triaged" }).where(eq(s.incidents.id, firstId));
      await t.db
        .update(s.incidents)
        .set({ status: "closed", closure: "duplicate" })
        .where(eq(s.incidents.id, lastId));
    });
    const records = text
      .trimEnd()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as { id: string; received_at: string; status: string; closure: string | null },
      );
    expect(chunks).toBeGreaterThanOrEqual(4);
    expect(records.map((r) => r.id)).toEqual(pinned.map((p) => p.id));
    expect(records.map((r) => r.received_at)).toEqual(pinned.map((p) => p.at));
    for (const id of added) expect(records.some((r) => r.id === id)).toBe(false);
    expect(records[0]?.status).toBe("received");
    expect(records.at(-1)).toMatchObject({ status: "closed", closure: "duplicate" });
  });

  it("CSV and FHIR: the same incidents in the same order as NDJSON, across every batch", async () => {
    const ndjson = (await t.call("GET", "/v1/incidents/export?format=ndjson", { as: "regulator" })).text
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const csv = (await t.call("GET", "/v1/incidents/export?format=csv", { as: "regulator" })).text
      .split("\r\n")
      .slice(1)
      .filter((line) => /^[0-9a-f-]{36},/.test(line))
      .map((line) => line.slice(0, 36));
    const bundle = (await t.call("GET", "/v1/incidents/export?format=fhir", { as: "regulator" })).json as {
      entry: { resource: { id: string } }[];
    };
    expect(ndjson.length).toBeGreaterThan(ROWS);
    expect(new Set(ndjson).size).toBe(ndjson.length);
    expect(csv).toEqual(ndjson);
    expect(bundle.entry.map((e) => e.resource.id)).toEqual(ndjson);
  });
});

describe("the native row reader", () => {
  it("decodes every export row exactly as drizzle's values() does (booleans, nulls, risks, joins)", async () => {
    const t = await createTestApp({ databaseUrl: `file:${join(dir, "readers.db")}` });
    try {
      const w = await buildWorld(t);
      await seedWorld(t, w);
      const read = async (reader: Parameters<typeof exportRowBatches>[1]) => {
        const out = [];
        for await (const batch of exportRowBatches(
          t.db,
          reader,
          {},
          { scope: { kind: "all" } },
          EXPORT_BATCH,
        ))
          out.push(...batch);
        return out;
      };
      const native = await read(t.readRows);
      expect(native).toHaveLength(ROWS);
      expect(native).toEqual(await read(valuesRowReader(t.db)));
      expect(native.some((r) => r.row.descriptionIdentifying === true)).toBe(true);
      expect(native.find((r) => r.riskCodes.length === 3)?.riskCodes).toEqual([
        "R_BIAS",
        "R_FALSE_INFO",
        "R_PRIVACY",
      ]);
      expect(native.find((r) => r.version !== null)).toMatchObject({ product: { name: "App A" } });
    } finally {
      t.close();
    }
  });
});
