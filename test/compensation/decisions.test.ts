import { describe, expect, it } from "vitest";
import { compensationWorld, testRules } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";

const approve = (award: Record<string, number>, extra: Record<string, unknown> = {}) => ({
  decision: "approved",
  award_minor: Object.values(award).reduce((a, b) => a + b, 0),
  award_by_kind: award,
  reasons: "Losses documented",
  ...extra,
});

describe("decisions: overrides and caps", () => {
  it("needs an explicit override_reason to award a claim that fails a rule, and records it", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const c = await w.claim({ interaction_at: "2026-04-01T00:00:00Z" });
    await w.notExcluded(c.id);
    const refused = await w.decide(c.id, approve({ medical_costs: 1_000_000 }));
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(refused.json.errors[0].path).toBe("override_reason");
    expect(refused.json.errors[0].message).toMatch(/onset_window \(fail\)/);
    const overridden = await w.decide(
      c.id,
      approve(
        { medical_costs: 1_000_000 },
        { override_reason: "Onset documented by the treating clinician" },
      ),
    );
    expect(overridden.status).toBe(201);
    expect(overridden.json.override_reason).toBe("Onset documented by the treating clinician");
    // A denial needs no override, and a decided claim is not decided again.
    expect((await w.decide(c.id, { decision: "denied", award_minor: 0, reasons: "x" })).status).toBe(409);
  });

  it("refuses an award above any cap with a 422 naming the cap, and writes nothing", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const c = await w.claim({
      losses: [
        { kind: "medical_costs", amount_minor: 6_000_000 },
        { kind: "lost_income", amount_minor: 9_000_000 },
        { kind: "pain_and_suffering", amount_minor: 3_000_000 },
      ],
    });
    await w.notExcluded(c.id);
    const cases: [Record<string, number>, string, string][] = [
      [
        { pain_and_suffering: 2_500_000 },
        "caps.per_kind_minor.pain_and_suffering",
        "award_by_kind.pain_and_suffering",
      ],
      [{ medical_costs: 5_500_000 }, "award_schedule[0]", "award_by_kind.medical_costs"],
      [{ medical_costs: 4_000_000, lost_income: 4_500_000 }, "caps.per_claim_minor", "award_minor"],
      [{ care_costs: 100 }, "claimed_loss", "award_by_kind.care_costs"],
      [{ death_benefit: 1_000_000 }, "death_benefit", "award_by_kind.death_benefit"],
    ];
    for (const [award, limit, path] of cases) {
      const res = await w.decide(c.id, approve(award));
      expect(res.status, limit).toBe(422);
      expect(res.json.limit).toBe(limit);
      expect(res.json.errors[0].path).toBe(path);
      expect(typeof res.json.citation).toBe("string");
    }
    const mismatch = await w.decide(c.id, { ...approve({ medical_costs: 100 }), award_minor: 200 });
    expect(mismatch.status).toBe(422);
    expect(mismatch.json.errors[0].path).toBe("award_by_kind");
    expect((await w.decide(c.id, { decision: "denied", award_minor: 5, reasons: "x" })).status).toBe(400);
    const claim = await t.call("GET", `/v1/claims/${c.id}`, { as: w.admin });
    expect(claim.json.decisions).toEqual([]);
    expect((await w.ledger()).entries).toEqual([]);
    // Within every cap it is decided.
    expect(
      (await w.decide(c.id, approve({ medical_costs: 5_000_000, pain_and_suffering: 2_000_000 }))).status,
    ).toBe(201);
  });

  it("enforces the fund's annual cap across claims", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(
      t,
      testRules({ caps: { ...testRules().caps, annual_fund_minor: 3_000_000 } }),
    );
    const a = await w.claim();
    const b = await w.claim({
      relationship: "carer",
      losses: [{ kind: "lost_income", amount_minor: 900_000 }],
    });
    for (const id of [a.id, b.id]) await w.notExcluded(id);
    expect(
      (await w.decide(a.id, approve({ medical_costs: 1_200_000, pain_and_suffering: 1_500_000 }))).status,
    ).toBe(201);
    const over = await w.decide(b.id, approve({ lost_income: 400_000 }));
    expect(over.status).toBe(422);
    expect(over.json.limit).toBe("caps.annual_fund_minor");
    expect((await w.decide(b.id, approve({ lost_income: 300_000 }))).status).toBe(201);
  });
});

describe("appeals", () => {
  it("lets the claimant appeal a denial within the window; an allowed appeal changes the award on the ledger", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(5_000_000);
    const c = await w.claim();
    await w.notExcluded(c.id);
    const token = { "x-receipt-token": c.receipt_token };
    expect(
      (await t.call("POST", `/v1/claims/${c.id}/appeals`, { headers: token, body: { grounds: "x" } })).status,
    ).toBe(409);
    expect(
      (await w.decide(c.id, { decision: "denied", award_minor: 0, reasons: "Evidence of loss missing" }))
        .status,
    ).toBe(201);
    // Not without the claim's token, and not with the incident's.
    expect((await t.call("POST", `/v1/claims/${c.id}/appeals`, { body: { grounds: "x" } })).status).toBe(404);
    const wrong = { "x-receipt-token": w.incident.receipt_token };
    expect(
      (await t.call("POST", `/v1/claims/${c.id}/appeals`, { headers: wrong, body: { grounds: "x" } })).status,
    ).toBe(404);
    t.clock.set("2026-07-15T12:00:00Z");
    const appeal = await t.call("POST", `/v1/claims/${c.id}/appeals`, {
      headers: token,
      body: { grounds: "Invoices for the hospital stay attached" },
    });
    expect(appeal.status).toBe(201);
    expect((await t.call("GET", `/v1/claims/${c.id}`, { headers: token })).json.status).toBe("under_appeal");
    const again = await t.call("POST", `/v1/claims/${c.id}/appeals`, {
      headers: token,
      body: { grounds: "again" },
    });
    expect(again.status).toBe(409);

    const allowed = await t.call("POST", `/v1/appeals/${appeal.json.id}/decision`, {
      as: w.admin,
      body: {
        outcome: "allowed",
        ...approve({ medical_costs: 1_200_000 }),
        reasons: "Invoices prove the loss",
      },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.json).toMatchObject({
      appeal_outcome: "allowed",
      decision: "approved",
      award_minor: 1_200_000,
    });
    const twice = await t.call("POST", `/v1/appeals/${appeal.json.id}/decision`, {
      as: w.admin,
      body: { outcome: "dismissed", reasons: "x" },
    });
    expect(twice.status).toBe(409);
    const view = await t.call("GET", `/v1/claims/${c.id}`, { headers: token });
    expect(view.json).toMatchObject({ status: "approved", awarded_minor: 1_200_000 });
    expect(view.json.decisions.map((d: any) => d.decision)).toEqual(["denied", "approved"]);
    const adjust = (await w.ledger()).entries.filter((l: any) => l.kind === "award_adjustment");
    expect(adjust.map((l: any) => [l.account, l.debit_minor, l.credit_minor])).toEqual(
      expect.arrayContaining([
        ["awards_expense", 1_200_000, 0],
        ["awards_payable", 0, 1_200_000],
      ]),
    );
  });

  it("closes the appeal window after the fund's published number of days", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const c = await w.claim();
    await w.decide(c.id, { decision: "denied", award_minor: 0, reasons: "Not on the table" });
    t.clock.set("2026-07-31T12:00:01Z"); // 60 days and 1 s after the decision on 1 June 12:00
    const late = await t.call("POST", `/v1/claims/${c.id}/appeals`, {
      headers: { "x-receipt-token": c.receipt_token },
      body: { grounds: "late" },
    });
    expect(late.status).toBe(409);
    expect(late.json.citation).toBe("Test Fund Rules r. 7");
  });
});
