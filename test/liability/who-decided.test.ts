import { describe, expect, it } from "vitest";
import { fileOn, lawApp, lawProduct } from "../helpers/law-world";

const COURT = {
  kind: "court",
  body: "Tribunal judiciaire de Paris",
  case_number: "RG 28/01234",
  legal_basis: "Code civil art. 1245-16 (PLD Art. 9)",
};

async function world() {
  const t = await lawApp("2028-03-01T12:00:00Z");
  const w = await lawProduct(t, { markets: [{ territory: "EU", placed_at: "2027-06-01T08:00:00Z" }] });
  const inc = await fileOn(t, w.product.id, {
    occurred_at: "2028-02-01T09:00:00Z",
    country: "FR",
    risk_codes: ["R_FALSE_INFO"],
  });
  return { t, w, inc };
}

describe("issue 12: who decided each legal fact, disclosure order and rebuttal", () => {
  it("records the court (body, case number, legal basis) or the regulator by default, and shows it", async () => {
    const { t, w, inc } = await world();
    const courtFact = await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
      as: "regulator",
      body: {
        fact: "excessive_difficulty",
        value: true,
        basis: "Order of 20 Feb 2028",
        decided_at: "2028-02-20T00:00:00Z",
        decided_by: COURT,
      },
    });
    expect(courtFact.status).toBe(201);
    expect(courtFact.json.decided_by).toEqual({ ...COURT, decided_at: "2028-02-20T00:00:00.000Z" });
    const regulatorFact = await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
      as: "regulator",
      body: {
        fact: "likely_defect_or_causation",
        value: true,
        basis: "Inspection 2028/3",
        decided_at: "2028-02-21T00:00:00Z",
      },
    });
    expect(regulatorFact.json.decided_by).toMatchObject({
      kind: "regulator",
      case_number: null,
      legal_basis: "Inspection 2028/3",
    });

    const order = await t.call("POST", `/v1/incidents/${inc.id}/disclosure-orders`, {
      as: "regulator",
      body: {
        actor_id: w.prov.id,
        items: ["Training-data statement"],
        due_at: "2028-04-01T00:00:00Z",
        decided_by: COURT,
      },
    });
    expect(order.status, JSON.stringify(order.json)).toBe(201);
    expect(order.json.decided_by).toMatchObject({ kind: "court", body: COURT.body });

    // The analysis cites each decision with who made it, and a result resting on the regulator's is provisional.
    await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
      as: "regulator",
      body: {
        fact: "damage_personal_injury",
        value: true,
        basis: "Judgment",
        decided_at: "2028-02-22T00:00:00Z",
        decided_by: COURT,
      },
    });
    const a = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-pld-2024`, {
      as: "regulator",
    });
    const maker = a.json.assessments.find((r: any) => r.actor_id === w.prov.id);
    const difficulty = maker.conditions.find((c: any) => c.id === "art10_4_a_excessive_difficulty");
    expect(difficulty.basis).toEqual([{ type: "legal_fact", ref: courtFact.json.id, decided_by: "court" }]);
    const likely = maker.conditions.find((c: any) => c.id === "art10_4_b_likely");
    expect(likely.basis[0]).toMatchObject({ type: "legal_fact", decided_by: "regulator" });
    expect(maker).toMatchObject({ presumption: "applies", provisional: true });

    // A court's later decision outranks the regulator's; the result is then no longer provisional.
    await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
      as: "regulator",
      body: {
        fact: "likely_defect_or_causation",
        value: true,
        basis: "Judgment",
        decided_at: "2028-02-25T00:00:00Z",
        decided_by: COURT,
      },
    });
    const b = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-pld-2024`, {
      as: "regulator",
    });
    expect(b.json.assessments.find((r: any) => r.actor_id === w.prov.id).provisional).toBe(false);
  });

  it("refuses malformed decisions with the field named; only regulators record them", async () => {
    const { t, w, inc } = await world();
    const post = (body: object, as: unknown = "regulator") =>
      t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, { as: as as "regulator", body });
    const base = { value: true, basis: "x", decided_at: "2028-02-20T00:00:00Z" };
    const cases: [object, string][] = [
      [
        { ...base, fact: "excessive_difficulty", decided_by: { kind: "judge", body: "x", legal_basis: "y" } },
        "decided_by.kind",
      ],
      [
        { ...base, fact: "excessive_difficulty", decided_by: { kind: "court", legal_basis: "y" } },
        "decided_by.body",
      ],
      [{ ...base, fact: "substantially_modified" }, "actor_id"],
      [{ ...base, fact: "excessive_difficulty", actor_id: w.prov.id }, "actor_id"],
      [{ ...base, fact: "injured_person_aware" }, "fact_date"],
      [{ ...base, fact: "excessive_difficulty", fact_date: "2028-01-01T00:00:00Z" }, "fact_date"],
    ];
    for (const [body, path] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.errors.map((e: any) => e.path)).toContain(path);
    }
    const outsider = await post({
      ...base,
      fact: "substantially_modified",
      actor_id: "01900000-0000-7000-8000-000000000000",
    });
    expect(outsider.status).toBe(422);
    expect((await post({ ...base, fact: "excessive_difficulty" }, w.prov.owner("provider"))).status).toBe(
      403,
    );
    const list = await t.call("GET", `/v1/incidents/${inc.id}/legal-facts`, { as: "regulator" });
    expect(list.json.data).toEqual([]);
  });
});
