import { liabilityWorld } from "../liability/liability-world";
import { fileIncident } from "./factories";
import type { TestApp } from "./harness";

/** Published rules for tests: every number is small enough to reach in a test, and each part is cited. */
export function testRules(overrides: Record<string, unknown> = {}) {
  return {
    scope: { citation: "Test Fund Rules r. 1 (scope)" },
    harm_table: [
      {
        id: "HT-1",
        description: "Harm from false health information given to a patient",
        risk_codes: ["R_FALSE_INFO"],
        use_areas: ["U_PATIENT_GUIDED"],
        event_types: ["serious_injury", "death"],
        min_severity: "moderate",
        onset_window_days: { min: 0, max: 30 },
        presumed_causation: true,
        citation: "Test Fund Rules, Table entry HT-1",
      },
      {
        id: "HT-2",
        description: "Harm from biased output",
        risk_codes: ["R_BIAS"],
        min_severity: "mild",
        onset_window_days: { min: 0, max: 365 },
        presumed_causation: false,
        citation: "Test Fund Rules, Table entry HT-2",
      },
    ],
    off_table: { admitted: false, citation: "Test Fund Rules r. 3" },
    exclusions: [
      {
        code: "ORDINARY_CONSEQUENCE",
        description: "An ordinary consequence of the underlying condition",
        citation: "Test Fund Rules r. 4(1)",
      },
      {
        code: "NEAR_MISS",
        description: "No harm reached the patient",
        citation: "Test Fund Rules r. 4(2)",
        match: { event_types: ["near_miss"] },
      },
    ],
    filing_deadlines: {
      injury_days_from_discovery: 1095,
      death_days_from_discovery: 730,
      long_stop_days_from_interaction: 1460,
      citation: "Test Fund Rules r. 5",
    },
    award_schedule: [
      { min_severity: "mild", kind: "medical_costs", max_minor: 5_000_000, citation: "Schedule 1 item 1" },
      { min_severity: "moderate", kind: "lost_income", max_minor: 10_000_000, citation: "Schedule 1 item 2" },
      {
        min_severity: "moderate",
        kind: "pain_and_suffering",
        max_minor: 3_000_000,
        citation: "Schedule 1 item 3",
      },
      { min_severity: "fatal", kind: "death_benefit", max_minor: 25_000_000, citation: "Schedule 1 item 4" },
    ],
    caps: {
      per_claim_minor: 8_000_000,
      per_kind_minor: { pain_and_suffering: 2_000_000, death_benefit: 25_000_000 },
      annual_fund_minor: 50_000_000,
      citation: "Test Fund Rules r. 6",
    },
    appeals: { window_days: 60, citation: "Test Fund Rules r. 7" },
    ...overrides,
  };
}

/**
 * The liability world's harm (a severe serious injury from false information on 20 May 2026, filed on
 * 1 June), a fund that covers it, a levy paid in, and helpers to file and decide claims through the API.
 */
export async function compensationWorld(t: TestApp, rules: Record<string, unknown> = testRules()) {
  const w = await liabilityWorld(t);
  const incident = await w.fileHarm();
  const created = await t.call("POST", "/v1/funds", {
    as: "admin",
    body: { name: "Test LMM Harm Fund", jurisdiction: "EU", currency: "EUR", rules },
  });
  if (created.status !== 201) throw new Error(`fund: ${created.status} ${created.text}`);
  const fund = created.json as { id: string };
  const admin = { role: "fund_admin" as const, fundId: fund.id, sub: "fund-officer-1" };
  const levy = async (amount_minor: number, actorId = w.as.fmDev.actorId) => {
    const res = await t.call("POST", `/v1/funds/${fund.id}/contributions`, {
      as: admin,
      body: { actor_id: actorId, amount_minor, reference: `Levy ${amount_minor}` },
    });
    if (res.status !== 201) throw new Error(`levy: ${res.status} ${res.text}`);
    return res.json;
  };
  const claimBody = (overrides: Record<string, unknown> = {}) => ({
    fund_id: fund.id,
    incident_id: incident.id,
    claimant: { name: "Amina Claimant", email: "amina.claimant@example.org", phone: "+33 1 23 45 67 89" },
    relationship: "patient",
    losses: [
      { kind: "medical_costs", amount_minor: 1_200_000 },
      { kind: "pain_and_suffering", amount_minor: 1_500_000 },
    ],
    discovered_at: "2026-05-21T09:00:00Z",
    interaction_at: "2026-05-19T18:00:00Z",
    ...overrides,
  });
  const fileClaim = async (overrides: Record<string, unknown> = {}, token = incident.receipt_token) =>
    t.call("POST", "/v1/claims", { body: claimBody(overrides), headers: { "x-receipt-token": token } });
  const claim = async (overrides: Record<string, unknown> = {}) => {
    const res = await fileClaim(overrides);
    if (res.status !== 201) throw new Error(`claim: ${res.status} ${res.text}`);
    return res.json as { id: string; receipt_token: string; rules_version: number };
  };
  const eligibility = async (id: string) =>
    (await t.call("GET", `/v1/claims/${id}/eligibility`, { as: admin })).json as {
      overall: string;
      rules: { rule: string; result: string; detail: string; citation: string; assessment?: any }[];
    };
  const notExcluded = (id: string) =>
    t.call("POST", `/v1/claims/${id}/determinations`, {
      as: admin,
      body: {
        rule: "exclusion:ORDINARY_CONSEQUENCE",
        applies: false,
        reason: "The patient had no underlying condition",
      },
    });
  const decide = (id: string, body: Record<string, unknown>) =>
    t.call("POST", `/v1/claims/${id}/decision`, { as: admin, body });
  const pay = (id: string, amount_minor: number, key: string = crypto.randomUUID()) =>
    t.call("POST", `/v1/claims/${id}/payments`, {
      as: admin,
      body: { amount_minor },
      headers: { "idempotency-key": key },
    });
  const ledger = async () =>
    (await t.call("GET", `/v1/funds/${fund.id}/ledger?limit=500`, { as: admin })).json;
  /** Another harm on the same deployment, with other facts (and its own receipt token). */
  const fileHarmWith = (overrides: Record<string, unknown>) =>
    fileIncident(t, { deployment_id: w.deployment.id, occurred_at: "2026-05-20T10:00:00Z", ...overrides });
  return {
    ...w,
    incident,
    fund,
    fileHarmWith,
    admin,
    levy,
    claimBody,
    fileClaim,
    claim,
    eligibility,
    notExcluded,
    decide,
    pay,
    ledger,
  };
}
