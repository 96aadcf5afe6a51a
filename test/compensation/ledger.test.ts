import { describe, expect, it } from "vitest";
import { compensationWorld } from "../helpers/compensation-world";
import { createTestApp } from "../helpers/harness";

async function approvedClaim(w: Awaited<ReturnType<typeof compensationWorld>>) {
  const c = await w.claim();
  await w.notExcluded(c.id);
  const decided = await w.decide(c.id, {
    decision: "approved",
    award_minor: 2_700_000,
    award_by_kind: { medical_costs: 1_200_000, pain_and_suffering: 1_500_000 },
    reasons: "On the table",
  });
  if (decided.status !== 201) throw new Error(decided.text);
  return c;
}

const sums = (ledger: any) => ({
  debits: ledger.entries.reduce((n: number, l: any) => n + l.debit_minor, 0),
  credits: ledger.entries.reduce((n: number, l: any) => n + l.credit_minor, 0),
});
const balanceOf = (ledger: any, account: string) =>
  ledger.accounts.find((a: any) => a.account === account).balance_minor;

describe("payments", () => {
  it("is idempotent: the same key pays once and replays the first answer; no key is refused", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(5_000_000);
    const c = await approvedClaim(w);
    const first = await w.pay(c.id, 1_000_000, "payment-key-0001-abcdef");
    const replay = await w.pay(c.id, 1_000_000, "payment-key-0001-abcdef");
    expect(first.status).toBe(201);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.id).toBe(first.json.id);
    expect((await w.pay(c.id, 2_000, "payment-key-0001-abcdef")).status).toBe(422);
    const noKey = await t.call("POST", `/v1/claims/${c.id}/payments`, {
      as: w.admin,
      body: { amount_minor: 1 },
    });
    expect(noKey.status).toBe(400);
    expect(noKey.json.errors[0].path).toBe("Idempotency-Key");
    const ledger = await w.ledger();
    expect(ledger.entries.filter((l: any) => l.kind === "payment")).toHaveLength(2);
    expect(balanceOf(ledger, "cash")).toBe(4_000_000);
  });

  it("refuses to pay beyond the award or the fund's cash (409), and a float or negative amount (400)", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(1_000_000);
    const c = await approvedClaim(w);
    const beyondCash = await w.pay(c.id, 1_500_000);
    expect(beyondCash.status).toBe(409);
    expect(beyondCash.json.cash_minor).toBe(1_000_000);
    await w.levy(5_000_000);
    const beyondAward = await w.pay(c.id, 2_700_001);
    expect(beyondAward.status).toBe(409);
    expect(beyondAward.json.owed_minor).toBe(2_700_000);
    for (const amount of [10.5, -1, 0, "100"]) {
      expect((await w.pay(c.id, amount as number)).status).toBe(400);
    }
    expect(sums(await w.ledger()).debits).toBe(sums(await w.ledger()).credits);
    expect((await w.ledger()).entries.some((l: any) => l.kind === "payment")).toBe(false);
  });

  it("keeps debits equal to credits under concurrent payments, and never pays more than the award", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(50_000_000);
    const c = await approvedClaim(w);
    const results = await Promise.all(Array.from({ length: 12 }, () => w.pay(c.id, 500_000)));
    const codes = results.map((r) => r.status).sort();
    expect(codes.filter((s) => s === 201)).toHaveLength(5);
    expect(codes.filter((s) => s === 409)).toHaveLength(7);
    const ledger = await w.ledger();
    const { debits, credits } = sums(ledger);
    expect(debits).toBe(credits);
    expect(ledger.totals).toMatchObject({ debit_minor: debits, credit_minor: credits, balanced: true });
    expect(balanceOf(ledger, "awards_payable")).toBe(200_000);
    expect(balanceOf(ledger, "cash")).toBe(50_000_000 - 2_500_000);
  });

  it("pages the ledger with a cursor, running balances right on every page", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    for (const amount of [100, 200, 300, 400, 500]) await w.levy(amount);
    const page1 = await t.call("GET", `/v1/funds/${w.fund.id}/ledger?account=cash&limit=2`, {
      as: "regulator",
    });
    expect(page1.status).toBe(200);
    expect(page1.json.entries.map((l: any) => l.balance_minor)).toEqual([100, 300]);
    const page2 = await t.call(
      "GET",
      `/v1/funds/${w.fund.id}/ledger?account=cash&limit=2&cursor=${page1.json.next_cursor}`,
      { as: "regulator" },
    );
    expect(page2.json.entries.map((l: any) => l.balance_minor)).toEqual([600, 1000]);
    const bad = await t.call("GET", `/v1/funds/${w.fund.id}/ledger?cursor=nope`, { as: "regulator" });
    expect(bad.status).toBe(400);
  });
});

describe("recourse", () => {
  it("opens against an actor the frozen assessment finds liable, and credits what is recovered to the fund", async () => {
    const t = await createTestApp();
    const w = await compensationWorld(t);
    await w.levy(5_000_000);
    const c = await approvedClaim(w);
    expect((await w.pay(c.id, 2_700_000)).status).toBe(201);
    const frozen = await t.call("POST", `/v1/incidents/${w.incident.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "who-2024-reversed-burden" },
    });
    const liable = frozen.json.incident_result.liable as string[];
    expect(liable.length).toBeGreaterThan(0);
    const actor = liable[0] as string;
    const notLiable = [w.as.fmDev, w.as.fm2Dev, w.as.appDev, w.as.hospital]
      .map((o) => o.actorId)
      .find((id) => !liable.includes(id));

    const body = { actor_id: actor, amount_minor: 2_700_000, causality_assessment_id: frozen.json.id };
    const opened = await t.call("POST", `/v1/claims/${c.id}/recourse`, { as: w.admin, body });
    expect(opened.status).toBe(201);
    expect(opened.json).toMatchObject({
      status: "open",
      actor_id: actor,
      causality_assessment_id: frozen.json.id,
    });
    if (notLiable) {
      const wrong = await t.call("POST", `/v1/claims/${c.id}/recourse`, {
        as: w.admin,
        body: { ...body, actor_id: notLiable },
      });
      expect(wrong.status).toBe(422);
      expect(wrong.json.errors[0].path).toBe("actor_id");
    }
    const tooMuch = await t.call("POST", `/v1/claims/${c.id}/recourse`, {
      as: w.admin,
      body: { ...body, amount_minor: 2_700_001 },
    });
    expect(tooMuch.status).toBe(422);
    const other = await w.fileHarmWith({});
    const otherFrozen = await t.call("POST", `/v1/incidents/${other.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "who-2024-reversed-burden" },
    });
    const foreign = await t.call("POST", `/v1/claims/${c.id}/recourse`, {
      as: w.admin,
      body: { ...body, causality_assessment_id: otherFrozen.json.id },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.json.errors[0].path).toBe("causality_assessment_id");

    const settled = await t.call("POST", `/v1/recourse/${opened.json.id}/outcome`, {
      as: w.admin,
      body: { status: "settled", recovered_minor: 2_000_000, note: "Settlement agreement SA-1" },
    });
    expect(settled.status).toBe(200);
    expect(settled.json).toMatchObject({ status: "settled", recovered_minor: 2_000_000 });
    const again = await t.call("POST", `/v1/recourse/${opened.json.id}/outcome`, {
      as: w.admin,
      body: { status: "dismissed", note: "x" },
    });
    expect(again.status).toBe(409);

    const ledger = await w.ledger();
    expect(balanceOf(ledger, "cash")).toBe(5_000_000 - 2_700_000 + 2_000_000);
    expect(balanceOf(ledger, "recoveries_receivable")).toBe(0);
    expect(balanceOf(ledger, "recoveries_written_off")).toBe(700_000);
    expect(balanceOf(ledger, "recoveries_income")).toBe(2_700_000);
    expect(sums(ledger).debits).toBe(sums(ledger).credits);

    // The actor claimed against sees the recourse claim; another actor does not.
    const roleOf = [w.as.fmDev, w.as.fm2Dev, w.as.appDev, w.as.hospital].find((o) => o.actorId === actor);
    const seen = await t.call("GET", `/v1/recourse/${opened.json.id}`, { as: roleOf });
    expect(seen.status).toBe(200);
    expect(seen.json.claim_id).toBe(c.id);
    if (notLiable) {
      const stranger = [w.as.fmDev, w.as.fm2Dev, w.as.appDev, w.as.hospital].find(
        (o) => o.actorId === notLiable,
      );
      expect((await t.call("GET", `/v1/recourse/${opened.json.id}`, { as: stranger })).status).toBe(404);
    }
  });
});
