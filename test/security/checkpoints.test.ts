import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calculateJwkThumbprint, compactVerify, importJWK } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { type ConfigError, parseConfig } from "../../src/config";
import { encodeCursor } from "../../src/platform/http/cursor";
import { createActor, fileIncident } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { auditVerify, fileBackedApp, REGISTRY } from "./tamper-kit";

/** Issue 9 item 5(c): the registry signs its chain head and publishes the checkpoints. */
const OTHER_KEY = "MC4CAQAwBQYDK2VwBCIEIPJmtlHBf6fJZUtpXOA1P0yYBZzGFrGw9kp0k8wbPPB3";
const OTHER_PUBLIC_X = "WM-zcH83HE9oQuoZcVJJXYlH7gq9NI8OrgqQDEhe5cs";

const checkpoints = async (t: TestApp, query = "") =>
  (await t.call("GET", `/v1/audit/checkpoints${query}`)).json;

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

describe("signed audit checkpoints", () => {
  it("signs the head every N entries, publicly, verifiable with the published key alone", async () => {
    const t = await createTestApp({ env: { AUDIT_CHECKPOINT_EVERY: "3", AUDIT_SIGNING_KEY: OTHER_KEY } });
    for (const name of ["A", "B", "C", "D", "E", "F", "G"]) await createActor(t, { name });
    const all = await checkpoints(t, "?limit=500");
    // The first write, then each time the head is 3 past the last checkpoint (clock frozen).
    expect(all.data.map((c: any) => c.seq)).toEqual([1, 4, 7]);
    const key = (await t.call("GET", "/v1/audit/checkpoints/key")).json;
    expect(key).toMatchObject({ kty: "OKP", crv: "Ed25519", x: OTHER_PUBLIC_X, alg: "EdDSA" });
    expect(key.kid).toBe(await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }));
    const log = (await t.call("GET", "/v1/audit", { as: "regulator" })).json.data;
    for (const checkpoint of all.data) {
      const { payload, protectedHeader } = await compactVerify(checkpoint.jws, await importJWK(key, "EdDSA"));
      expect(protectedHeader).toMatchObject({ alg: "EdDSA", kid: key.kid });
      expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({
        seq: checkpoint.seq,
        hash: checkpoint.hash,
        at: checkpoint.at,
      });
      expect(log.find((e: any) => e.seq === checkpoint.seq).hash).toBe(checkpoint.hash);
    }
    // Paged like every list; a crafted cursor is a 400 naming it.
    const first = await checkpoints(t, "?limit=2");
    expect(first.data.map((c: any) => c.seq)).toEqual([1, 4]);
    expect(
      (await checkpoints(t, `?limit=2&cursor=${first.next_cursor}`)).data.map((c: any) => c.seq),
    ).toEqual([7]);
    const bad = await t.call("GET", `/v1/audit/checkpoints?cursor=${encodeCursor(["abc"])}`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
    expect(bad.text).toContain("cursor");
  });

  it("signs at least every M minutes, in the same batch as the entry: a refused write signs nothing", async () => {
    const t = await createTestApp({
      env: { AUDIT_CHECKPOINT_EVERY: "1000", AUDIT_CHECKPOINT_MINUTES: "10" },
    });
    const filed = await fileIncident(t, { product_name: "Unregistered chatbot" });
    t.clock.advance(5 * 60_000);
    await createActor(t, { name: "Five minutes later" });
    expect((await checkpoints(t)).data.map((c: any) => c.seq)).toEqual([2]);
    t.clock.advance(6 * 60_000);
    // A transition that is not allowed (409) writes no entry and so no checkpoint.
    const refused = await t.call("POST", `/v1/incidents/${filed.id}/transitions`, {
      as: "regulator",
      body: { to: "under_investigation", reason: "skip" },
    });
    expect(refused.status).toBe(409);
    expect((await checkpoints(t)).data).toHaveLength(1);
    await createActor(t, { name: "Eleven minutes later" });
    expect((await checkpoints(t)).data.map((c: any) => c.seq)).toEqual([2, 4]);
  });

  it("requires AUDIT_SIGNING_KEY in production and refuses a malformed one", () => {
    const base = { NODE_ENV: "production", JWT_SECRET: "p".repeat(32), DATA_ENCRYPTION_KEY: "a".repeat(43) };
    const problems = (env: Record<string, string>) => {
      try {
        parseConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems.map((p) => p.variable);
      }
    };
    expect(problems(base)).toEqual(["AUDIT_SIGNING_KEY"]);
    expect(problems({ ...base, AUDIT_SIGNING_KEY: "not a key!" })).toEqual(["AUDIT_SIGNING_KEY"]);
    expect(problems({ ...base, AUDIT_SIGNING_KEY: OTHER_KEY })).toEqual([]);
    expect(parseConfig({ NODE_ENV: "development" }).warnings.join(" ")).toMatch(/AUDIT_SIGNING_KEY/);
  });
});

describe("npm run audit:verify", () => {
  it("saves checkpoints, and exits 2 with usage on bad arguments or an unreachable source", async () => {
    const m = await fileBackedApp();
    cleanups.push(m.cleanup);
    for (const name of ["A", "B"]) await createActor(m.t, { name });
    const out = join(m.dir, "out.json");
    expect((await auditVerify(m.t, [m.path, "--save", out])).code).toBe(0);
    const saved = JSON.parse(readFileSync(out, "utf8"));
    expect(saved).toMatchObject({ registry: m.path, key: { kty: "OKP", crv: "Ed25519" } });
    expect(saved.checkpoints.map((c: any) => c.seq)).toEqual([1]);
    expect((await auditVerify(m.t, [])).code).toBe(2);
    expect((await auditVerify(m.t, [REGISTRY, "extra"])).code).toBe(2);
    expect((await auditVerify(m.t, [REGISTRY, "--checkpoints", join(m.dir, "missing.json")])).code).toBe(2);
  });

  it("refuses checkpoints saved from a registry signed with another key", async () => {
    const m = await fileBackedApp();
    cleanups.push(m.cleanup);
    await createActor(m.t, { name: "A" });
    const out = join(m.dir, "out.json");
    await auditVerify(m.t, [REGISTRY, "--save", out]);
    const saved = JSON.parse(readFileSync(out, "utf8"));
    // The monitor trusted another key: the registry's checkpoints do not verify against it.
    saved.key.x = OTHER_PUBLIC_X;
    const other = join(m.dir, "other.json");
    writeFileSync(other, JSON.stringify(saved));
    const run = await auditVerify(m.t, [m.path, "--checkpoints", other]);
    expect(run).toMatchObject({ code: 1, report: { ok: false, reason: "checkpoint_signature" } });
  });
});
