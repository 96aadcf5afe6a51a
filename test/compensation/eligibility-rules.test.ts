import { describe, expect, it } from "vitest";
import { compensationWorld, testRules } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";

/** Files an incident with these facts, then a claim on it, and returns the rules that did not pass. */
async function judged(
  w: Awaited<ReturnType<typeof compensationWorld>>,
  incident: Record<string, unknown>,
  claim: Record<string, unknown> = {},
) {
  const filed = await w.fileHarmWith(incident);
  const res = await w.fileClaim({ incident_id: filed.id, ...claim }, filed.receipt_token);
  expect(res.status).toBe(201);
  await w.notExcluded(res.json.id);
  const e = await w.eligibility(res.json.id);
  return {
    id: res.json.id,
    e,
    notPassing: e.rules.filter((r) => r.result !== "pass").map((r) => `${r.rule}:${r.result}`),
  };
}

describe("eligibility: each rule failing on its own, through the API", () => {
  it("passes every rule for the base case, and each variation fails exactly the rule it targets", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const base = await judged(w, {});
    expect(base.notPassing).toEqual([]);
    expect(base.e.overall).toBe("eligible");

    expect((await judged(w, { country: "US" })).notPassing).toEqual(["jurisdiction:fail"]);
    expect((await judged(w, { severity: "mild" })).notPassing).toEqual(["severity_threshold:fail"]);
    expect(
      (await judged(w, {}, { interaction_at: "2026-04-01T00:00:00Z", discovered_at: "2026-05-21T00:00:00Z" }))
        .notPassing,
    ).toEqual(["onset_window:fail"]);
    // Off the table: the fund admits no off-table claims, so the match fails; what only a table entry
    // defines (window, threshold, presumption) is left to review rather than passed.
    expect((await judged(w, { risk_codes: ["R_PRIVACY"] })).notPassing).toEqual([
      "harm_table_match:fail",
      "onset_window:needs_review",
      "severity_threshold:needs_review",
      "causation:needs_review",
    ]);
    // Filed 1117 days after discovery (limit 1095), 1118 after the interaction (long-stop 1460).
    expect(
      (
        await judged(
          w,
          { occurred_at: "2023-05-10T10:00:00Z" },
          { interaction_at: "2023-05-09T10:00:00Z", discovered_at: "2023-05-11T10:00:00Z" },
        )
      ).notPassing,
    ).toEqual(["filing_deadline:fail"]);
    // Discovered late: 516 days before filing, but the interaction lies 1484 days back (long-stop 1460).
    expect(
      (
        await judged(
          w,
          { occurred_at: "2022-05-10T10:00:00Z" },
          { interaction_at: "2022-05-09T10:00:00Z", discovered_at: "2025-01-01T10:00:00Z" },
        )
      ).notPassing,
    ).toEqual(["long_stop:fail"]);
  });

  it("fails an exclusion someone determined applies, naming who decided it", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const { id } = await w.claim();
    const det = await t.call("POST", `/v1/claims/${id}/determinations`, {
      as: w.admin,
      body: {
        rule: "exclusion:ORDINARY_CONSEQUENCE",
        applies: true,
        reason: "The deterioration is the known course of the patient's condition",
        decided_by: { kind: "court", body: "Tribunal judiciaire de Paris, RG 26/01234" },
      },
    });
    expect(det.status).toBe(201);
    const e = await w.eligibility(id);
    const rule = e.rules.find((r) => r.rule === "exclusion:ORDINARY_CONSEQUENCE") as any;
    expect(rule.result).toBe("fail");
    expect(rule.decided_by).toEqual({ kind: "court", body: "Tribunal judiciaire de Paris, RG 26/01234" });
    expect(e.rules.filter((r) => r.result !== "pass").map((r) => r.rule)).toEqual([
      "exclusion:ORDINARY_CONSEQUENCE",
    ]);
    // Only the claim's own rules can be determined.
    const bad = await t.call("POST", `/v1/claims/${id}/determinations`, {
      as: w.admin,
      body: { rule: "exclusion:NOPE", applies: true, reason: "x" },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].path).toBe("rule");
  });

  it("fails a second claim by the same relationship on the same incident, not a carer's", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.claim();
    const second = await w.claim();
    await w.notExcluded(second.id);
    expect(
      (await w.eligibility(second.id)).rules.filter((r) => r.result !== "pass").map((r) => r.rule),
    ).toEqual(["duplicate_claim"]);
    const carer = await w.claim({
      relationship: "carer",
      losses: [{ kind: "care_costs", amount_minor: 300_000 }],
    });
    await w.notExcluded(carer.id);
    expect((await w.eligibility(carer.id)).overall).toBe("eligible");
  });

  it("where the table does not presume causation, rests on the incident's latest frozen causality assessment", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const filed = await w.fileHarmWith({ risk_codes: ["R_BIAS"] });
    const res = await w.fileClaim({ incident_id: filed.id }, filed.receipt_token);
    await w.notExcluded(res.json.id);
    let causation = (await w.eligibility(res.json.id)).rules.find((r) => r.rule === "causation") as any;
    expect(causation.result).toBe("needs_review");
    expect(causation.detail).toMatch(/no causality assessment/);

    const frozen = await t.call("POST", `/v1/incidents/${filed.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "who-2024-reversed-burden" },
    });
    expect(frozen.status).toBe(201);
    causation = (await w.eligibility(res.json.id)).rules.find((r) => r.rule === "causation");
    expect(causation.assessment.id).toBe(frozen.json.id);
    expect(causation.result).toBe("pass");
    expect(causation.assessment.liable.length).toBeGreaterThan(0);
    expect(causation.citation).toBe("Test Fund Rules, Table entry HT-2");
  });

  it("judges a claim under the rules version in force when it was filed, after the rules change", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    const before = await w.claim();
    await w.notExcluded(before.id);
    const shorter = testRules({
      filing_deadlines: {
        injury_days_from_discovery: 5,
        death_days_from_discovery: 5,
        long_stop_days_from_interaction: 1460,
        citation: "Test Fund Rules (2nd ed.) r. 5",
      },
    });
    const v2 = await t.call("PUT", `/v1/funds/${w.fund.id}/rules`, { as: w.admin, body: shorter });
    expect(v2.status).toBe(200);
    expect(v2.json.version).toBe(2);
    const after = await w.claim({ relationship: "carer" });
    await w.notExcluded(after.id);
    expect(after.rules_version).toBe(2);

    const old = await w.eligibility(before.id);
    expect(old.overall).toBe("eligible");
    const fresh = await w.eligibility(after.id);
    const deadline = fresh.rules.find((r) => r.rule === "filing_deadline") as any;
    expect(deadline).toMatchObject({ result: "fail", citation: "Test Fund Rules (2nd ed.) r. 5" });
    const fund = await t.call("GET", `/v1/funds/${w.fund.id}`);
    expect(fund.json.rules.version).toBe(2);
    expect(fund.json.history.map((h: any) => h.version)).toEqual([1, 2]);
  });
});
