import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { entryHash, GENESIS_HASH } from "../../src/platform/audit/chain";
import { openNodeDb } from "../../src/platform/db/node-client";
import { createTestApp } from "../helpers/harness";

/**
 * A database from before row seals (migrations up to 0009) keeps verifying after the upgrade: its
 * rows are listed as legacy (unverifiable, counted), while an unsealed row inserted later fails.
 */
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it("rows written before seals are legacy; an unsealed row added later is not", async () => {
  dir = mkdtempSync(join(tmpdir(), "legacy-"));
  const oldMigrations = join(dir, "drizzle");
  cpSync("drizzle", oldMigrations, { recursive: true });
  const journalPath = join(oldMigrations, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8"));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 9);
  writeFileSync(journalPath, JSON.stringify(journal));
  const url = `file:${join(dir, "registry.db")}`;

  const old = await openNodeDb(url, undefined, oldMigrations);
  const at = "2026-05-01T00:00:00.000Z";
  await old.db.run(sql`insert into incidents (id, reference, status, occurred_at, received_at, country, setting,
    description, event_type, severity, severity_rank, outcome, updated_at)
    values ('old-incident', 'INC-2026-000001', 'received', ${at}, ${at}, 'FR', 'consumer_app', 'Before seals',
    'injury', 'moderate', 2, 'recovering', ${at})`);
  const fields = {
    seq: 1,
    at,
    actorSub: "anonymous",
    actorRole: "public",
    action: "incident.file",
    entity: "incident",
    entityId: "old-incident",
    payloadSha256: "e".repeat(64),
  };
  const hash = await entryHash(GENESIS_HASH, fields);
  await old.db.run(sql`insert into audit_log (seq, at, actor_sub, actor_role, action, entity, entity_id,
    payload_sha256, prev_hash, hash) values (1, ${at}, 'anonymous', 'public', 'incident.file', 'incident',
    'old-incident', ${fields.payloadSha256}, ${GENESIS_HASH}, ${hash})`);
  old.close();

  const t = await createTestApp({ databaseUrl: url });
  try {
    const verify = async () => (await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json;
    expect(await verify()).toMatchObject({ ok: true, entries: 1, legacy_rows: 1, sealed_rows: 0 });
    // The legacy incident is sealed by its first change through the API.
    const patched = await t.call("PATCH", "/v1/incidents/old-incident", {
      as: "regulator",
      body: { widespread_infringement: true },
    });
    expect(patched.status).toBe(200);
    expect(await verify()).toMatchObject({ ok: true, sealed_rows: 1 });
    expect((await verify()).legacy_rows).toBeUndefined();
    // A row inserted behind the application's back, without a seal, is not legacy.
    await t.db.run(sql`insert into incidents (id, reference, status, occurred_at, received_at, country, setting,
      description, event_type, severity, severity_rank, outcome, updated_at)
      values ('forged', 'INC-2026-000099', 'received', ${at}, ${at}, 'FR', 'consumer_app', 'Forged',
      'injury', 'moderate', 2, 'recovering', ${at})`);
    expect(await verify()).toMatchObject({
      ok: false,
      reason: "unsealed_row",
      table: "incidents",
      row_id: "forged",
    });
  } finally {
    t.close();
  }
});
