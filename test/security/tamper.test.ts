import { join } from "node:path";
import { desc, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { sealedContent } from "../../src/modules/core";
import { canonicalJson, sha256Hex } from "../../src/platform/crypto/hash";
import { auditLog, incidents } from "../../src/schema";
import { createActor } from "../helpers/factories";
import type { TestApp } from "../helpers/harness";
import { dropAppendOnlyTriggers, refusal } from "../helpers/tamper";
import { sealedWorld } from "./sealed-world";
import { auditVerify, fileBackedApp, forgeAndRehash, REGISTRY } from "./tamper-kit";

/**
 * Issue 9 item 5: each tampering the old /v1/audit/verify missed is now caught by the registry's own
 * verification AND by the audit:verify CLI (over HTTP and on the database file) against checkpoints a
 * monitor saved before the tampering.
 */
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

async function monitoredWorld(env: Record<string, string> = {}) {
  const world = await fileBackedApp(env);
  cleanups.push(world.cleanup);
  const w = await sealedWorld(world.t);
  const saved = join(world.dir, "saved.json");
  // The monitor verifies the untampered registry and keeps its checkpoints.
  const before = await auditVerify(world.t, [REGISTRY, "--save", saved]);
  expect(before).toMatchObject({ code: 0, report: { ok: true } });
  return { ...world, w, saved };
}

const verify = async (t: TestApp) => (await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json;

/** The CLI, over HTTP and on the file, both against the saved checkpoints: exit 1 and the reason. */
async function expectCliCatches(m: { t: TestApp; path: string; saved: string }, reason: string | RegExp) {
  for (const source of [REGISTRY, m.path]) {
    const run = await auditVerify(m.t, [source, "--checkpoints", m.saved]);
    expect(run.code, `${source}: ${JSON.stringify(run.report)}`).toBe(1);
    expect(run.report).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
  }
}

describe("tampering is detected", () => {
  it("an untampered registry verifies, by the endpoint and by the CLI (HTTP and file)", async () => {
    const m = await monitoredWorld();
    const verdict = await verify(m.t);
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.sealed_rows).toBeGreaterThanOrEqual(15);
    expect(verdict.checkpoints).toBeGreaterThan(0);
    for (const source of [REGISTRY, m.path]) {
      expect((await auditVerify(m.t, [source, "--checkpoints", m.saved])).code).toBe(0);
    }
  });

  it("deleting the last 3 audit rows (after dropping the trigger that refuses it)", async () => {
    const m = await monitoredWorld();
    expect(
      await refusal(m.t.db.run(sql`delete from audit_log where seq > (select max(seq) - 3 from audit_log)`)),
    ).toMatch(/audit_log is append-only/);
    await dropAppendOnlyTriggers(m.t.db, "audit_log");
    await m.t.db.run(sql`delete from audit_log where seq > (select max(seq) - 3 from audit_log)`);
    expect(await verify(m.t)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/chain_truncated|row_not_in_chain/),
    });
    await expectCliCatches(m, /chain_truncated|row_not_in_chain/);
  });

  it("a truncation made consistent (entries, checkpoints and rows removed) is caught by saved checkpoints", async () => {
    const m = await monitoredWorld({ AUDIT_CHECKPOINT_EVERY: "1" });
    // The last three writes create actors (unsealed registry rows), so the attacker can remove every trace.
    for (const name of ["X", "Y", "Z"]) await createActor(m.t, { name });
    expect((await auditVerify(m.t, [REGISTRY, "--checkpoints", m.saved, "--save", m.saved])).code).toBe(0);
    const [head] = await m.t.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    const cut = (head?.seq ?? 0) - 3;
    for (const table of ["audit_log", "audit_checkpoints", "actors"])
      await dropAppendOnlyTriggers(m.t.db, table);
    await m.t.db.run(sql`delete from actors where name in ('X', 'Y', 'Z')`);
    await m.t.db.run(sql`delete from audit_checkpoints where seq > ${cut}`);
    await m.t.db.run(sql`delete from audit_log where seq > ${cut}`);
    // The registry alone cannot tell: what is left is a whole, consistently signed, shorter history.
    expect(await verify(m.t)).toMatchObject({ ok: true });
    await expectCliCatches(m, /chain_truncated/);
  });

  it("forging an entry without re-hashing breaks the chain where it was forged", async () => {
    const m = await monitoredWorld();
    await dropAppendOnlyTriggers(m.t.db, "audit_log");
    await m.t.db.run(sql`update audit_log set actor_role = 'regulator' where seq = 7`);
    expect(await verify(m.t)).toMatchObject({ ok: false, reason: "chain_broken", first_bad_seq: 7 });
    await expectCliCatches(m, /chain_broken/);
  });

  it("re-hashing the chain after forging an entry", async () => {
    const m = await monitoredWorld();
    await forgeAndRehash(m.t.db, 5);
    // The chain is internally consistent again, but no longer extends the signed checkpoints.
    expect(await verify(m.t)).toMatchObject({ ok: false, reason: "checkpoint_not_extended" });
    await expectCliCatches(m, /checkpoint_not_extended/);
  });

  it("re-hashing and deleting the checkpoints it breaks (it cannot re-sign them) is caught by saved checkpoints", async () => {
    const m = await monitoredWorld();
    await forgeAndRehash(m.t.db, 5);
    await dropAppendOnlyTriggers(m.t.db, "audit_checkpoints");
    await m.t.db.run(sql`delete from audit_checkpoints where seq >= 5`);
    await expectCliCatches(m, /checkpoint_not_extended/);
    // A checkpoint forged without the key is refused by its signature.
    const [forged] = await m.t.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    await m.t.db.run(
      sql`insert into audit_checkpoints (seq, hash, at, jws) values (${forged?.seq}, ${forged?.hash}, '2026-06-01T12:00:00.000Z', 'eyJhbGciOiJFZERTQSJ9.e30.AAAA')`,
    );
    expect(await verify(m.t)).toMatchObject({ ok: false, reason: "checkpoint_signature" });
  });

  it("UPDATE incidents SET severity = 'none'", async () => {
    const m = await monitoredWorld();
    await m.t.db.run(sql`update incidents set severity = 'none', severity_rank = 0`);
    expect(await verify(m.t)).toMatchObject({ ok: false, reason: "row_hash_mismatch", table: "incidents" });
    await expectCliCatches(m, /row_hash_mismatch/);
  });

  it("editing an incident and re-computing its seal hash", async () => {
    const m = await monitoredWorld();
    const [row] = await m.t.db.select().from(incidents).where(eq(incidents.id, m.w.incident.id));
    const forged = { ...row, severity: "none" } as Record<string, unknown>;
    const sha = await sha256Hex(canonicalJson(sealedContent(incidents, forged)));
    await m.t.db.run(
      sql`update incidents set severity = 'none', audit_sha256 = ${sha} where id = ${m.w.incident.id}`,
    );
    // The row is self-consistent, but the log's entry for it holds another hash.
    expect(await verify(m.t)).toMatchObject({
      ok: false,
      reason: "row_not_in_chain",
      row_id: m.w.incident.id,
    });
    await expectCliCatches(m, /row_not_in_chain/);
  });

  it("DELETE FROM incident_reports (after dropping the trigger that refuses it)", async () => {
    const m = await monitoredWorld();
    expect(await refusal(m.t.db.run(sql`delete from incident_reports`))).toMatch(
      /incident_reports is append-only/,
    );
    await dropAppendOnlyTriggers(m.t.db, "incident_reports");
    await m.t.db.run(sql`delete from incident_reports`);
    expect(await verify(m.t)).toMatchObject({ ok: false, reason: "row_missing", table: "incident_reports" });
    await expectCliCatches(m, /row_missing/);
  });
});
