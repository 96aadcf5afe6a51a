import { describe, expect, it } from "vitest";
import { compensationWorld } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";

describe("a no-fault claim from incident to payment", () => {
  it("files with the incident's receipt token, passes every rule, is approved, paid, and the ledger balances", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(10_000_000);

    const filed = await w.fileClaim();
    expect(filed.status).toBe(201);
    expect(filed.json).toMatchObject({ status: "received", rules_version: 1 });
    expect(filed.json.receipt_token).toMatch(/^clm_/);
    const id = filed.json.id;

    // Before the exclusion that needs a person is determined, the claim awaits review on it alone.
    let e = await w.eligibility(id);
    expect(e.overall).toBe("needs_review");
    expect(e.rules.filter((r) => r.result !== "pass").map((r) => r.rule)).toEqual([
      "exclusion:ORDINARY_CONSEQUENCE",
    ]);
    expect((await w.notExcluded(id)).status).toBe(201);
    e = await w.eligibility(id);
    expect(e.overall).toBe("eligible");
    expect(e.rules.map((r) => r.rule)).toEqual([
      "jurisdiction",
      "harm_table_match",
      "onset_window",
      "severity_threshold",
      "exclusion:ORDINARY_CONSEQUENCE",
      "exclusion:NEAR_MISS",
      "filing_deadline",
      "long_stop",
      "duplicate_claim",
      "causation",
    ]);
    expect(e.rules.every((r) => r.citation.length > 0)).toBe(true);
    expect(e.rules.find((r) => r.rule === "causation")?.detail).toMatch(/Presumed: entry HT-1/);

    // The claimant reads the claim and its eligibility with the claim receipt token, and sees no other claimant data.
    const mine = await t.call("GET", `/v1/claims/${id}`, {
      headers: { "x-receipt-token": filed.json.receipt_token },
    });
    expect(mine.status).toBe(200);
    expect(mine.json.claimant).toBeUndefined();
    expect(mine.json).toMatchObject({ status: "received", claimed_minor: 2_700_000, currency: "EUR" });
    const asStaff = await t.call("GET", `/v1/claims/${id}`, { as: w.admin });
    expect(asStaff.json.claimant).toEqual({
      name: "Amina Claimant",
      email: "amina.claimant@example.org",
      phone: "+33 1 23 45 67 89",
    });

    const decided = await w.decide(id, {
      decision: "approved",
      award_minor: 2_700_000,
      award_by_kind: { medical_costs: 1_200_000, pain_and_suffering: 1_500_000 },
      reasons: "On the table (HT-1); losses documented",
    });
    expect(decided.status).toBe(201);
    expect(decided.json).toMatchObject({
      decision: "approved",
      award_minor: 2_700_000,
      override_reason: null,
    });

    const paid = await w.pay(id, 2_000_000);
    expect(paid.status).toBe(201);
    expect(paid.json).toMatchObject({
      amount_minor: 2_000_000,
      awarded_minor: 2_700_000,
      paid_minor: 2_000_000,
    });
    expect((await w.pay(id, 700_000)).status).toBe(201);
    const done = await t.call("GET", `/v1/claims/${id}`, {
      headers: { "x-receipt-token": filed.json.receipt_token },
    });
    expect(done.json).toMatchObject({ status: "paid", awarded_minor: 2_700_000, paid_minor: 2_700_000 });
    expect(done.json.payments.map((p: any) => p.amount_minor)).toEqual([2_000_000, 700_000]);

    const ledger = await w.ledger();
    expect(ledger.totals.balanced).toBe(true);
    const sum = (k: "debit_minor" | "credit_minor") =>
      ledger.entries.reduce((n: number, l: any) => n + l[k], 0);
    expect(sum("debit_minor")).toBe(sum("credit_minor"));
    const balance = (a: string) => ledger.accounts.find((x: any) => x.account === a).balance_minor;
    expect(balance("cash")).toBe(10_000_000 - 2_700_000);
    expect(balance("awards_payable")).toBe(0);
    expect(balance("awards_expense")).toBe(2_700_000);
    expect(balance("levies")).toBe(10_000_000);
    // The running balance of cash after its last line is the account's balance.
    const cashLines = ledger.entries.filter((l: any) => l.account === "cash");
    expect(cashLines.map((l: any) => l.balance_minor)).toEqual([10_000_000, 8_000_000, 7_300_000]);

    // Every write is on the audit chain and every sealed row still verifies.
    const verify = await t.call("GET", "/v1/audit/verify", { as: "regulator" });
    expect(verify.status).toBe(200);
    expect(verify.json.ok).toBe(true);
  });
});
