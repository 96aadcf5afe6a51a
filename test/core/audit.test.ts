import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { signToken } from "../../src/platform/auth/tokens";
import { openNodeDb } from "../../src/platform/db/node-client";
import { createTestApp } from "../helpers/harness";
import { actor, product } from "../helpers/registry-fixtures";
import { dropAppendOnlyTriggers, refusal } from "../helpers/tamper";

describe("audit log", () => {
  it("records every write with who, what and a chained hash", async () => {
    const t = await createTestApp();
    const dev = await actor(t);
    const p = await product(t, { role: "developer", actorId: dev });
    const log = await t.call("GET", "/v1/audit", { as: "regulator" });
    expect(log.json.data.map((e: any) => [e.seq, e.action, e.actor.role])).toEqual([
      [1, "actor.create", "admin"],
      [2, "product.register", "developer"],
    ]);
    expect(log.json.data[1]).toMatchObject({
      entity: "product",
      entity_id: p.id,
      prev_hash: log.json.data[0].hash,
    });
    expect(log.json.data[0].prev_hash).toBe("0".repeat(64));
    const filtered = await t.call("GET", `/v1/audit?entity=product&entity_id=${p.id}`, { as: "admin" });
    expect(filtered.json.data).toHaveLength(1);
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({
      ok: true,
      entries: 2,
    });
  });

  it("reports the first tampered seq", async () => {
    const t = await createTestApp();
    for (const name of ["A", "B", "C", "D"]) await actor(t, ["developer"], name);
    // The append-only trigger refuses; an attacker with the file drops it first.
    expect(await refusal(t.db.run(sql`update audit_log set actor_role = 'regulator' where seq = 3`))).toMatch(
      /audit_log is append-only/,
    );
    expect(await dropAppendOnlyTriggers(t.db, "audit_log")).toBe(2);
    await t.db.run(sql`update audit_log set actor_role = 'regulator' where seq = 3`);
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({
      ok: false,
      entries: 3,
      first_bad_seq: 3,
    });
  });

  it("reports a deleted entry as a break in the chain", async () => {
    const t = await createTestApp();
    for (const name of ["A", "B", "C"]) await actor(t, ["developer"], name);
    expect(await refusal(t.db.run(sql`delete from audit_log where seq = 2`))).toMatch(
      /audit_log is append-only/,
    );
    await dropAppendOnlyTriggers(t.db, "audit_log");
    await t.db.run(sql`delete from audit_log where seq = 2`);
    expect((await t.call("GET", "/v1/audit/verify", { as: "regulator" })).json).toMatchObject({
      ok: false,
      first_bad_seq: 3,
    });
  });

  it("does not fork under concurrent writers", async () => {
    const t = await createTestApp();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.call("POST", "/v1/actors", {
          as: "admin",
          body: { name: `Org ${i}`, roles: ["deployer"], country: "BR", contact_email: `o${i}@x.example` },
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const verify = await t.call("GET", "/v1/audit/verify", { as: "regulator" });
    expect(verify.json).toMatchObject({ ok: true, entries: 40 });
    const seqs = (await t.call("GET", "/v1/audit?limit=500", { as: "regulator" })).json.data.map(
      (e: any) => e.seq,
    );
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe("audit chain across separate database connections", () => {
  it("stays whole when two app instances (think two processes or isolates) write at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-"));
    try {
      const url = `file:${join(dir, "r.db")}`;
      const config = parseConfig({ NODE_ENV: "test", DATABASE_URL: url });
      const instance = async () => {
        const { db, close } = await openNodeDb(url);
        const deps = makeDeps(db, config, { logError: () => {} });
        return { app: createApp(deps), close };
      };
      const a = await instance();
      const b = await instance();
      const admin = `Bearer ${await signToken(config.jwt, { role: "admin" })}`;
      const create = (app: typeof a.app, i: number) =>
        app.request("/v1/actors", {
          method: "POST",
          headers: { authorization: admin, "content-type": "application/json" },
          body: JSON.stringify({
            name: `Org ${i}`,
            roles: ["deployer"],
            country: "BR",
            contact_email: `o${i}@x.example`,
          }),
        });
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => create(i % 2 ? a.app : b.app, i)),
      );
      expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
      const verify = await a.app.request("/v1/audit/verify", { headers: { authorization: admin } });
      expect(await verify.json()).toMatchObject({ ok: true, entries: 30 });
      a.close();
      b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe("unexpected errors", () => {
  it("return a bare 500 problem without internal text, and are logged", async () => {
    const t = await createTestApp();
    await t.db.run(sql`drop table actors`);
    const res = await t.call("GET", "/v1/actors");
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.text).not.toMatch(/SQLITE|no such table|drop/i);
    expect(res.json.detail).toBe("An unexpected error occurred");
    expect(t.errors).toHaveLength(1);
  });
});
