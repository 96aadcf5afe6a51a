import { describe, expect, it } from "vitest";
import { testRules } from "../helpers/compensation-world";
import { workerFetch, workerToken } from "./fetch-worker";

// Issue 13 on D1: the batch guards (payments within the award and the cash), the ledger's window
// function and the sealed rows behave in workerd as they do on libSQL.

const token = (claims: Record<string, string>) => workerToken(claims, `${claims.role}:edge`);
const call = workerFetch;

describe("compensation on D1", () => {
  it("files, decides and pays a claim; refuses an overpayment; the ledger balances and the chain verifies", async () => {
    const admin = await token({ role: "admin" });
    const actor = await call("POST", "/v1/actors", {
      token: admin,
      body: {
        name: "Edge Levy Payer",
        roles: ["developer"],
        country: "DE",
        contact_email: "levy@edge.example",
      },
    });
    const fund = await call("POST", "/v1/funds", {
      token: admin,
      body: { name: "Edge fund", jurisdiction: "EU", currency: "EUR", rules: testRules() },
    });
    expect(fund.status).toBe(201);
    const fa = await token({ role: "fund_admin", fund_id: fund.json.id });
    expect(
      (
        await call("POST", `/v1/funds/${fund.json.id}/contributions`, {
          token: fa,
          body: { actor_id: actor.json.id, amount_minor: 5_000_000, reference: "Levy" },
        })
      ).status,
    ).toBe(201);
    const now = Date.now();
    const iso = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const incident = await call("POST", "/v1/incidents", {
      body: {
        product_name: "a triage chatbot",
        occurred_at: iso(3),
        country: "FR",
        setting: "consumer_app",
        use_area: "U_PATIENT_GUIDED",
        description: "The chatbot advised against seeing a doctor for chest pain.",
        event_type: "serious_injury",
        severity: "severe",
        outcome: "recovering",
        risk_codes: ["R_FALSE_INFO"],
        reporter: { role: "patient", anonymous: true },
      },
    });
    expect(incident.status).toBe(201);
    const claim = await call("POST", "/v1/claims", {
      headers: { "x-receipt-token": incident.json.receipt_token },
      body: {
        fund_id: fund.json.id,
        incident_id: incident.json.id,
        claimant: { name: "Edge Claimant", email: "edge.claimant@example.org" },
        relationship: "patient",
        losses: [{ kind: "medical_costs", amount_minor: 1_000_000 }],
        discovered_at: iso(2),
        interaction_at: iso(4),
      },
    });
    expect(claim.status).toBe(201);
    const decided = await call("POST", `/v1/claims/${claim.json.id}/decision`, {
      token: fa,
      body: {
        decision: "approved",
        award_minor: 1_000_000,
        reasons: "On the table",
        override_reason: "Exclusion reviewed",
      },
    });
    expect(decided.status).toBe(201);
    const pay = (amount_minor: number, key: string) =>
      call("POST", `/v1/claims/${claim.json.id}/payments`, {
        token: fa,
        body: { amount_minor },
        headers: { "idempotency-key": key },
      });
    expect((await pay(600_000, "edge-payment-key-000001")).status).toBe(201);
    expect((await pay(600_000, "edge-payment-key-000002")).status).toBe(409);
    expect((await pay(400_000, "edge-payment-key-000003")).status).toBe(201);
    const mine = await call("GET", `/v1/claims/${claim.json.id}`, {
      headers: { "x-receipt-token": claim.json.receipt_token },
    });
    expect(mine.json).toMatchObject({ status: "paid", paid_minor: 1_000_000 });
    const ledger = await call("GET", `/v1/funds/${fund.json.id}/ledger?account=cash`, { token: fa });
    expect(ledger.json.entries.map((l: { balance_minor: number }) => l.balance_minor)).toEqual([
      5_000_000, 4_400_000, 4_000_000,
    ]);
    expect(ledger.json.totals.balanced).toBe(true);
    const verify = await call("GET", "/v1/audit/verify", { token: await token({ role: "regulator" }) });
    expect(verify.json.ok).toBe(true);
  });
});
