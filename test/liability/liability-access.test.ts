import { count, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { parseConfig } from "../../src/config";
import { makeDeps } from "../../src/deps";
import { BUNDLED_RULESET_JSON } from "../../src/modules/liability";
import { canonicalJson, sha256Hex } from "../../src/platform/crypto/hash";
import { attestations, auditLog, causalityAssessments } from "../../src/schema";
import { createActor } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { causality, liabilityWorld } from "./liability-world";

const appWith = async (rulesetSources: Record<string, unknown>) => {
  const t = await createTestApp();
  const config = parseConfig({ NODE_ENV: "test", DATABASE_URL: ":memory:" });
  return () => createApp(makeDeps(t.db, config, { clock: t.clock, logError: () => {}, rulesetSources }));
};

describe("rulesets at start-up", () => {
  // The WHO §5.2 reading keeps per-condition catalog codes (s6_3_unsuitable_setting names DEPL_FIT_FOR_SETTING).
  const who = BUNDLED_RULESET_JSON["rulesets/who-2024-reversed-burden.json"] as Record<string, any>;

  it("refuses to build the app on a malformed ruleset, naming the file and the field", async () => {
    const broken = { ...who, conditions: [{ ...who.conditions[0], text: "" }, ...who.conditions.slice(1)] };
    const build = await appWith({ "rulesets/who-broken.json": broken });
    expect(build).toThrow(/invalid causality ruleset "rulesets\/who-broken\.json": conditions\.0\.text/);
  });

  it("refuses a ruleset naming an obligation the catalog does not define", async () => {
    const c = who.conditions.map((x: any) =>
      x.id === "s6_3_unsuitable_setting" ? { ...x, codes: ["DEPL_NOPE"] } : x,
    );
    const build = await appWith({ "rulesets/who.json": { ...who, conditions: c } });
    expect(build).toThrow(/rulesets\/who\.json.*conditions\.4\.codes\.0: unknown catalog code "DEPL_NOPE"/);
  });

  it("lists and serves the bundled rulesets publicly", async () => {
    const t = await createTestApp();
    const list = await t.call("GET", "/v1/rulesets");
    expect(list.json.data.map((r: any) => r.id)).toEqual([
      "eu-aild-2022",
      "eu-pld-2024",
      "who-2024",
      "who-2024-reversed-burden",
      "who-2024-strict-liability",
    ]);
    const one = await t.call("GET", "/v1/rulesets/eu-pld-2024");
    expect(one.json.conditions.map((c: any) => c.id)).toContain("art10_2_a_failure_to_disclose");
    expect((await t.call("GET", "/v1/rulesets/nope")).status).toBe(404);
  });
});

describe("access to liability data", () => {
  it("causality: regulators and claim handlers see every actor, an actor only itself, others are refused", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    const all = await causality(t, inc.id, "who-2024", "fund_admin");
    expect(new Set(all.assessments.map((a) => a.actor_id))).toEqual(
      new Set([w.appDev.id, w.fmDev.id, w.hospital.id]),
    );
    const own = await causality(t, inc.id, "who-2024", w.as.hospital);
    expect(own.assessments.map((a) => a.actor_id)).toEqual([w.hospital.id]);
    const path = `/v1/incidents/${inc.id}/causality?ruleset=who-2024`;
    expect((await t.call("GET", `${path}&actor_id=${w.appDev.id}`, { as: w.as.hospital })).status).toBe(403);
    expect((await t.call("GET", path, { as: "reporter" })).status).toBe(403);
    expect((await t.call("GET", path)).status).toBe(401);
    const stranger = await createActor(t, { roles: ["developer"] });
    expect((await t.call("GET", path, { as: stranger.owner("developer") })).status).toBe(404);
    const bad = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=nope`, { as: "regulator" });
    expect(bad.json.errors).toEqual([expect.objectContaining({ in: "query", path: "ruleset" })]);
  });

  it("disclosure orders are private to regulators and the ordered actor", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    const body = { actor_id: w.hospital.id, items: ["Logs"], due_at: "2026-06-10T00:00:00Z" };
    const order = await t.call("POST", `/v1/incidents/${inc.id}/disclosure-orders`, {
      as: "regulator",
      body,
    });
    const answer = { disclosure_ids: [], statement: "Logs attached" };
    const url = `/v1/disclosure-orders/${order.json.id}`;
    expect((await t.call("POST", `${url}/responses`, { as: w.as.appDev, body: answer })).status).toBe(404);
    expect((await t.call("GET", url, { as: w.as.appDev })).status).toBe(404);
    const ok = await t.call("POST", `${url}/responses`, { as: w.as.hospital, body: answer });
    expect(ok.json).toMatchObject({ state: "complied", responses: [{ statement: "Logs attached" }] });
    expect((await t.call("GET", url, { as: "regulator" })).json.state).toBe("complied");
    const outsider = { ...body, actor_id: (await createActor(t)).id };
    const refused = await t.call("POST", `/v1/incidents/${inc.id}/disclosure-orders`, {
      as: "regulator",
      body: outsider,
    });
    expect(refused.json.errors).toEqual([expect.objectContaining({ path: "actor_id" })]);
  });
});

describe("writes", () => {
  it("bad input is a problem+json naming each field, and nothing is stored or audited", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const before = (await t.db.select({ n: count() }).from(auditLog))[0]?.n;
    const res = await t.call("POST", "/v1/attestations", {
      as: w.as.appDev,
      body: {
        product_id: w.app.id,
        obligation_code: "dev",
        status: "perfect",
        statement: "",
        effective_from: "yesterday",
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect([...new Set(res.json.errors.map((e: any) => e.path))].sort()).toEqual([
      "effective_from",
      "obligation_code",
      "statement",
      "status",
    ]);
    const unowed = await t.call("POST", "/v1/attestations", {
      as: w.as.hospital,
      body: {
        product_id: w.app.id,
        obligation_code: "DEV_PREMORTEM_RED_TEAM",
        status: "met",
        statement: "x",
        effective_from: "2026-01-20",
      },
    });
    expect(unowed.json.errors).toEqual([expect.objectContaining({ path: "obligation_code" })]);
    const finding = await t.call("POST", "/v1/findings", {
      as: "regulator",
      body: {
        actor_id: "nope",
        obligation_code: "DEV_PREMORTEM_RED_TEAM",
        result: "breached",
        basis: "Audit",
        decided_at: "2026-01-20",
      },
    });
    expect(finding.json.errors).toEqual([expect.objectContaining({ path: "actor_id" })]);
    expect((await t.db.select({ n: count() }).from(attestations))[0]?.n).toBe(0);
    expect((await t.db.select({ n: count() }).from(auditLog))[0]?.n).toBe(before);
  });

  it("every liability write is audited, and a frozen assessment stores its inputs' hashes", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    await w.attest("appDev", "DEV_PREMORTEM_RED_TEAM");
    const inc = await w.fileHarm();
    const finding = {
      actor_id: w.appDev.id,
      obligation_code: "DEV_PREMORTEM_RED_TEAM",
      result: "breached",
      basis: "Audit",
      decided_at: "2026-05-30",
    };
    expect((await t.call("POST", "/v1/findings", { as: "regulator", body: finding })).status).toBe(201);
    const link = {
      actor_id: w.fmDev.id,
      obligation_code: "DEV_PREMORTEM_RED_TEAM",
      rationale: "Model hallucinated",
    };
    expect(
      (await t.call("POST", `/v1/incidents/${inc.id}/links`, { as: "regulator", body: link })).status,
    ).toBe(201);
    // The AILD proposal was withdrawn and never applies: it is frozen only as an explicit hypothetical.
    const refused = await t.call("POST", `/v1/incidents/${inc.id}/causality-assessments`, {
      as: "fund_admin",
      body: { ruleset: "eu-aild-2022" },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0]).toMatchObject({ path: "ruleset" });
    const frozen = await t.call("POST", `/v1/incidents/${inc.id}/causality-assessments`, {
      as: "fund_admin",
      body: { ruleset: "eu-aild-2022", hypothetical: true },
    });
    expect(frozen.status, JSON.stringify(frozen.json)).toBe(201);
    expect(frozen.json).toMatchObject({
      reproducible: true,
      ruleset: "eu-aild-2022",
      ruleset_version: 2,
      hypothetical: true,
      applicability: { applies: false },
    });
    expect(frozen.json.assessments.length).toBeGreaterThan(0);
    const [stored] = await t.db.select().from(causalityAssessments);
    expect(frozen.json.input_sha256).toBe(await sha256Hex(canonicalJson(stored?.input)));
    expect(Object.keys(frozen.json.input_hashes).sort()).toEqual([
      "actors",
      "catalog",
      "incident",
      "ruleset",
    ]);
    const entities = ["attestation", "finding", "obligation_link", "causality_assessment"];
    const audited = await t.db.select().from(auditLog).where(inArray(auditLog.entity, entities));
    expect(audited.map((a) => a.action).sort()).toEqual([
      "attestation.create",
      "causality_assessment.freeze",
      "finding.create",
      "obligation_link.create",
    ]);
    const mine = await t.call("GET", `/v1/causality-assessments/${frozen.json.id}`, { as: w.as.hospital });
    expect(mine.json.assessments.map((a: any) => a.actor_id)).toEqual([w.hospital.id]);
  });
});
