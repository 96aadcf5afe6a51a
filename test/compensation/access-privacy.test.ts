import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { compensationWorld, testRules } from "../helpers/compensation-world";
import { incidentBody } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";

const CLAIMANT = ["Amina Claimant", "amina.claimant@example.org", "+33 1 23 45 67 89", "23 45 67"];

describe("who may do what with funds and claims", () => {
  it("never shows the claimant to the product's developer, provider or deployer (every response scanned)", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(5_000_000);
    const c = await w.claim();
    await w.notExcluded(c.id);
    await w.decide(c.id, {
      decision: "approved",
      award_minor: 1_200_000,
      award_by_kind: { medical_costs: 1_200_000 },
      reasons: "x",
    });
    await w.pay(c.id, 1_200_000);
    const frozen = await t.call("POST", `/v1/incidents/${w.incident.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "who-2024-reversed-burden" },
    });
    const actor = frozen.json.incident_result.liable[0];
    const recourse = await t.call("POST", `/v1/claims/${c.id}/recourse`, {
      as: w.admin,
      body: { actor_id: actor, amount_minor: 1_000_000, causality_assessment_id: frozen.json.id },
    });
    expect(recourse.status).toBe(201);

    const paths = [
      `/v1/claims/${c.id}`,
      `/v1/claims/${c.id}/eligibility`,
      `/v1/claims?fund_id=${w.fund.id}`,
      `/v1/funds/${w.fund.id}`,
      `/v1/funds/${w.fund.id}/ledger`,
      `/v1/funds/${w.fund.id}/contributions`,
      `/v1/funds/${w.fund.id}/report`,
      `/v1/recourse/${recourse.json.id}`,
      `/v1/incidents/${w.incident.id}`,
      `/v1/incidents/${w.incident.id}/reports`,
      `/v1/audit`,
    ];
    for (const owner of Object.values(w.as)) {
      for (const path of paths) {
        const res = await t.call("GET", path, { as: owner });
        for (const secret of CLAIMANT) expect(res.text, `${owner.role} ${path}`).not.toContain(secret);
      }
      expect((await t.call("GET", `/v1/claims/${c.id}`, { as: owner })).status).toBe(404);
      expect((await t.call("GET", `/v1/funds/${w.fund.id}/ledger`, { as: owner })).status).toBe(403);
    }
    // Nor is it in any log line or in the stored row in clear.
    for (const secret of CLAIMANT) expect(t.logs.join("\n")).not.toContain(secret);
    const rows = await t.db.all(sql.raw("select * from compensation_claims"));
    expect(JSON.stringify(rows).toLowerCase()).not.toContain("amina");
    // Regulators do see the claimant.
    expect((await t.call("GET", `/v1/claims/${c.id}`, { as: "regulator" })).json.claimant.name).toBe(
      "Amina Claimant",
    );
  });

  it("lets only the fund's own administrator manage it", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const other = await t.call("POST", "/v1/funds", {
      as: "admin",
      body: { name: "Other fund", jurisdiction: "KE", currency: "KES", rules: testRules() },
    });
    const outsider = { role: "fund_admin" as const, fundId: other.json.id };
    const c = await w.claim();
    const decision = { decision: "denied", award_minor: 0, reasons: "x" };
    expect(
      (await t.call("POST", `/v1/claims/${c.id}/decision`, { as: outsider, body: decision })).status,
    ).toBe(403);
    expect(
      (await t.call("POST", `/v1/claims/${c.id}/decision`, { as: "fund_admin", body: decision })).status,
    ).toBe(403);
    expect(
      (await t.call("POST", `/v1/claims/${c.id}/decision`, { as: "regulator", body: decision })).status,
    ).toBe(403);
    expect((await t.call("GET", `/v1/claims/${c.id}`, { as: outsider })).status).toBe(404);
    const levy = { actor_id: w.as.fmDev.actorId, amount_minor: 100, reference: "x" };
    expect(
      (await t.call("POST", `/v1/funds/${w.fund.id}/contributions`, { as: outsider, body: levy })).status,
    ).toBe(403);
    expect(
      (await t.call("PUT", `/v1/funds/${w.fund.id}/rules`, { as: outsider, body: testRules() })).status,
    ).toBe(403);
    // A token naming no registered fund authenticates nobody.
    const ghost = await t.call("GET", "/v1/funds", { as: { role: "fund_admin", fundId: "no-such-fund" } });
    expect(ghost.status).toBe(401);
    expect((await t.call("POST", "/v1/funds", { as: w.admin, body: {} })).status).toBe(403);
  });

  it("refuses bad funds and claims with a 4xx naming the field, storing nothing", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const badCode = await t.call("POST", "/v1/funds", {
      as: "admin",
      body: {
        name: "x",
        jurisdiction: "EU",
        currency: "EUR",
        rules: testRules({ harm_table: [{ ...testRules().harm_table[0], risk_codes: ["R_NOPE"] }] }),
      },
    });
    expect(badCode.status).toBe(422);
    expect(badCode.json.errors[0].path).toBe("rules.harm_table.0.risk_codes.0");
    const badCurrency = await t.call("POST", "/v1/funds", {
      as: "admin",
      body: { name: "x", jurisdiction: "EU", currency: "XXZ", rules: testRules() },
    });
    expect(badCurrency.status).toBe(400);
    expect(badCurrency.json.errors[0].path).toBe("currency");
    expect((await t.call("GET", "/v1/funds")).json.data).toHaveLength(1);

    expect((await w.fileClaim({}, "rcpt_wrong-token-000000")).status).toBe(404);
    expect((await w.fileClaim({ fund_id: "nope" })).json.errors[0].path).toBe("fund_id");
    const future = await w.fileClaim({ discovered_at: "2026-07-01T00:00:00Z" });
    expect(future.status).toBe(422);
    expect(future.json.errors[0].path).toBe("discovered_at");
    const before = await w.fileClaim({ discovered_at: "2026-05-01T00:00:00Z" });
    expect(before.status).toBe(422);
    expect(before.json.errors[0].message).toMatch(/interaction_at/);
    const float = await w.fileClaim({ losses: [{ kind: "medical_costs", amount_minor: 10.5 }] });
    expect(float.status).toBe(400);
    expect(float.json.errors[0].path).toBe("losses.0.amount_minor");
    expect((await t.call("GET", `/v1/claims?fund_id=${w.fund.id}`, { as: w.admin })).json.data).toHaveLength(
      0,
    );
  });

  it("accepts a reporter token that filed a report on the incident instead of its receipt token", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const reporter = { role: "reporter" as const, sub: "patient-77" };
    const filed = await t.call("POST", "/v1/incidents", {
      as: reporter,
      body: incidentBody({ deployment_id: w.deployment.id, occurred_at: "2026-05-20T10:00:00Z" }),
    });
    expect(filed.status).toBe(201);
    const body = w.claimBody({ incident_id: filed.json.id });
    const mine = await t.call("POST", "/v1/claims", { as: reporter, body });
    expect(mine.status).toBe(201);
    const staff = await t.call("GET", `/v1/claims/${mine.json.id}`, { as: w.admin });
    expect(staff.json.filed_via).toBe("reporter_token");
    const stranger = await t.call("POST", "/v1/claims", {
      as: { role: "reporter", sub: "someone-else" },
      body,
    });
    expect(stranger.status).toBe(404);
    expect((await t.call("POST", "/v1/claims", { body })).status).toBe(404);
  });
});
