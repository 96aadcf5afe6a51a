import { describe, expect, it } from "vitest";
import { createActor, createProduct } from "../helpers/factories";
import { COURT, fileOn, lawApp, lawProduct, legalFact, recordFact } from "../helpers/law-world";

type App = Awaited<ReturnType<typeof lawApp>>;

const fact = legalFact;

const pld = async (t: App, id: string) => {
  const res = await t.call("GET", `/v1/incidents/${id}/causality?ruleset=eu-pld-2024`, { as: "regulator" });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json;
};
const rowOf = (a: any, actorId: string) => a.assessments.find((r: any) => r.actor_id === actorId);
const outcome = (row: any, id: string) => row.outcomes.find((o: any) => o.id === id)?.result;

/** An EU-placed product, a German harm, and a court that found personal injury and excessive difficulty. */
async function world() {
  const t = await lawApp("2028-03-01T12:00:00Z");
  const w = await lawProduct(t, { markets: [{ territory: "EU", placed_at: "2027-06-01T08:00:00Z" }] });
  const inc = await fileOn(t, w.product.id, {
    occurred_at: "2028-02-01T09:00:00Z",
    country: "DE",
    deployment_id: w.deployment.id,
    risk_codes: ["R_FALSE_INFO"],
  });
  return { t, w, inc };
}

async function injuredAndLikely(t: App, id: string, decidedBy: object | null = COURT) {
  await fact(t, id, { fact: "damage_personal_injury" }, decidedBy);
  await fact(t, id, { fact: "excessive_difficulty" }, decidedBy);
  await fact(t, id, { fact: "likely_defect_or_causation" }, decidedBy);
}

describe("issue 12: PLD 2024/2853 through HTTP, golden scenarios", () => {
  it("defect and causal link are presumed apart; the manufacturer and the model's maker are liable jointly and severally", async () => {
    const { t, w, inc } = await world();
    const before = await pld(t, inc.id);
    const maker = rowOf(before, w.prov.id);
    expect(maker).toMatchObject({
      role_under_instrument: "manufacturer",
      presumption: "insufficient_information",
    });
    expect(outcome(maker, "damage")).toBe("insufficient_information");
    await injuredAndLikely(t, inc.id);
    const after = await pld(t, inc.id);
    const m = rowOf(after, w.prov.id);
    expect(outcome(m, "defect_presumed")).toBe("applies");
    expect(outcome(m, "causal_link_presumed")).toBe("applies");
    expect(m).toMatchObject({ presumption: "applies", provisional: false });
    expect(rowOf(after, w.dev.id)).toMatchObject({
      role_under_instrument: "component_manufacturer",
      presumption: "applies",
    });
    // The deployer did not modify the product: not an operator under Art. 8.
    expect(rowOf(after, w.deployer.id)).toMatchObject({
      role_under_instrument: "none",
      presumption: "does_not_apply",
    });
    expect(after.incident_result.jointly_and_severally_liable.sort()).toEqual([w.dev.id, w.prov.id].sort());
    expect(after.incident_result.joint_liability.citation).toContain("Art. 12(1)");
    // A contract between the two allocates the burden for recourse; the victim's claim is untouched (Art. 15).
    const stranger = await t.call("POST", "/v1/liability-allocations", {
      as: w.deployer.owner("deployer"),
      body: {
        actor_id: w.prov.id,
        counterparty_actor_id: w.dev.id,
        waives_recourse: false,
        reference: "x",
        effective_from: "2027-01-01T00:00:00Z",
      },
    });
    expect(stranger.status).toBe(403);
    const deal = await t.call("POST", "/v1/liability-allocations", {
      as: w.prov.owner("provider"),
      body: {
        actor_id: w.dev.id,
        counterparty_actor_id: w.prov.id,
        share_basis_points: 7000,
        waives_recourse: false,
        reference: "Licence agreement LA-2027-044, clause 12",
        effective_from: "2027-01-01T00:00:00Z",
      },
    });
    expect(deal.status, JSON.stringify(deal.json)).toBe(201);
    const withDeal = await pld(t, inc.id);
    expect(withDeal.incident_result.contractual_allocation).toEqual([
      expect.objectContaining({ id: deal.json.id, actor_id: w.dev.id, share_basis_points: 7000 }),
    ]);
    expect(withDeal.incident_result.jointly_and_severally_liable.sort()).toEqual(
      [w.dev.id, w.prov.id].sort(),
    );
    // The deployer, not a party, sees neither the contract nor the other operators.
    const asDeployer = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-pld-2024`, {
      as: w.deployer.owner("deployer"),
    });
    expect(asDeployer.json.incident_result).toMatchObject({
      contractual_allocation: [],
      jointly_and_severally_liable: [],
    });
    // The same facts decided by the regulator alone make the result provisional.
    const { t: t2, w: w2, inc: inc2 } = await world();
    await injuredAndLikely(t2, inc2.id, null);
    expect(rowOf(await pld(t2, inc2.id), w2.prov.id)).toMatchObject({
      presumption: "applies",
      provisional: true,
    });
  });

  it("a manufacturer established outside the Union answers with its EU importer and authorised representative", async () => {
    const t2 = await lawApp("2028-03-01T12:00:00Z");
    const maker = await createActor(t2, { roles: ["provider"], country: "US" });
    const importer = await createActor(t2, { roles: ["provider"], country: "DE" });
    const rep = await createActor(t2, { roles: ["provider"], country: "IE" });
    const product = await createProduct(t2, maker.owner("provider"), { kind: "application" });
    await recordFact(t2, product.id, maker.owner("provider"), {
      fact: "market",
      territory: "EU",
      placed_at: "2027-06-01T08:00:00Z",
    });
    for (const [actor, relation] of [
      [importer, "importer_of"],
      [rep, "authorised_representative_of"],
    ] as const) {
      const res = await t2.call("POST", `/v1/actors/${actor.id}/relations`, {
        as: maker.owner("provider"),
        body: { relation, of_actor_id: maker.id, effective_from: "2027-01-01T00:00:00Z" },
      });
      expect(res.status).toBe(201);
    }
    const harm = await fileOn(t2, product.id, {
      occurred_at: "2028-02-01T09:00:00Z",
      country: "DE",
      risk_codes: ["R_FALSE_INFO"],
    });
    await injuredAndLikely(t2, harm.id);
    const a = await pld(t2, harm.id);
    expect(rowOf(a, importer.id)).toMatchObject({
      role_in_chain: "supply_chain",
      role_under_instrument: "importer",
      presumption: "applies",
    });
    expect(rowOf(a, rep.id)).toMatchObject({
      role_under_instrument: "authorised_representative",
      presumption: "applies",
    });
    expect(a.incident_result.jointly_and_severally_liable.sort()).toEqual(
      [maker.id, importer.id, rep.id].sort(),
    );
    // An EU-established maker's importer is no operator of its own (Art. 8(1)(c) needs a maker outside the Union).
    const { t, w, inc } = await world();
    const euImporter = await createActor(t, { roles: ["provider"], country: "DE" });
    await t.call("POST", `/v1/actors/${euImporter.id}/relations`, {
      as: w.prov.owner("provider"),
      body: { relation: "importer_of", of_actor_id: w.prov.id, effective_from: "2027-01-01T00:00:00Z" },
    });
    await injuredAndLikely(t, inc.id);
    const eu = await pld(t, inc.id);
    expect(eu.assessments.some((r: any) => r.actor_id === euImporter.id)).toBe(false);
  });

  it("a deployer that substantially modified the model is its manufacturer (Art. 8(2))", async () => {
    const { t, w, inc } = await world();
    await injuredAndLikely(t, inc.id);
    await fact(t, inc.id, { fact: "substantially_modified", actor_id: w.deployer.id });
    const row = rowOf(await pld(t, inc.id), w.deployer.id);
    expect(row).toMatchObject({ role_under_instrument: "substantial_modifier", presumption: "applies" });
    expect(row.role_basis).toContain("Art. 8(2)");
    // Its Art. 11(1)(g) exemption: the defect lies in a part its modification did not touch.
    await fact(t, inc.id, { fact: "defence_unmodified_part", actor_id: w.deployer.id });
    const exempted = rowOf(await pld(t, inc.id), w.deployer.id);
    expect(outcome(exempted, "exempted")).toBe("applies");
    expect(exempted.presumption).toBe("does_not_apply");
  });

  it("a product recalled after the harm: the recall is a circumstance (Art. 7(2)(g)), not a presumption", async () => {
    const { t, w, inc } = await world();
    await fact(t, inc.id, { fact: "damage_personal_injury" });
    await fact(t, inc.id, { fact: "recall_or_withdrawal" });
    const recalled = rowOf(await pld(t, inc.id), w.prov.id);
    expect(outcome(recalled, "recall_recorded")).toBe("applies");
    expect(outcome(recalled, "defect")).toBe("insufficient_information");
    expect(recalled.presumption).toBe("insufficient_information");
    // The court weighs the recall and finds the product defective; the harm is typical of the defect (10(3)).
    await fact(t, inc.id, { fact: "defect_established" });
    const found = rowOf(await pld(t, inc.id), w.prov.id);
    expect(outcome(found, "defect")).toBe("applies");
    expect(outcome(found, "defect_presumed")).not.toBe("applies");
    expect(outcome(found, "causal_link_presumed")).toBe("applies");
    expect(found.presumption).toBe("applies");
    // The development-risk defence proven by the manufacturer exempts it…
    await fact(t, inc.id, { fact: "defence_development_risk", actor_id: w.prov.id });
    expect(rowOf(await pld(t, inc.id), w.prov.id).presumption).toBe("does_not_apply");
    // …unless the applicable law keeps liability despite it (Art. 18).
    await fact(t, inc.id, { fact: "development_risk_defence_excluded" });
    expect(rowOf(await pld(t, inc.id), w.prov.id).presumption).toBe("applies");
  });

  it("a privacy breach is not personal injury: only destroyed or corrupted private data is Art. 6 damage", async () => {
    const t = await lawApp("2028-03-01T12:00:00Z");
    const w = await lawProduct(t, { markets: [{ territory: "EU", placed_at: "2027-06-01T08:00:00Z" }] });
    const breach = await fileOn(t, w.product.id, {
      occurred_at: "2028-02-01T09:00:00Z",
      country: "DE",
      event_type: "malfunction",
      severity: "moderate",
      risk_codes: ["R_PRIVACY"],
    });
    await fact(t, breach.id, { fact: "damage_personal_injury", value: false });
    await fact(t, breach.id, { fact: "damage_property", value: false });
    await fact(t, breach.id, { fact: "damage_data", value: false });
    await fact(t, breach.id, { fact: "excessive_difficulty" });
    await fact(t, breach.id, { fact: "likely_defect_or_causation" });
    const none = rowOf(await pld(t, breach.id), w.prov.id);
    // "moderate" severity as reported does not make it personal injury.
    expect(outcome(none, "damage")).toBe("does_not_apply");
    expect(none.presumption).toBe("does_not_apply");
    await fact(t, breach.id, { fact: "damage_data", value: true, decided_at: "2028-02-21T10:00:00Z" });
    expect(rowOf(await pld(t, breach.id), w.prov.id).presumption).toBe("applies");
  });

  it("a claim past the Art. 16 limitation is time-barred; Art. 17 expiry runs from the placing on the market", async () => {
    const { t, inc } = await world();
    await injuredAndLikely(t, inc.id);
    await fact(t, inc.id, { fact: "injured_person_aware", fact_date: "2028-02-05T00:00:00Z" });
    const within = await pld(t, inc.id);
    expect(within.time_limits.limitation).toMatchObject({
      starts_at: "2028-02-05T00:00:00.000Z",
      ends_at: "2031-02-05T23:59:59.999Z",
      years: 3,
      passed: false,
      citation: "Directive (EU) 2024/2853 Art. 16(1)",
    });
    expect(within.time_limits.expiry).toMatchObject({
      starts_at: "2027-06-01T08:00:00.000Z",
      ends_at: "2037-06-01T23:59:59.999Z",
      years: 10,
    });
    expect(within.time_limits.time_barred).toBe(false);
    t.clock.set("2031-02-05T23:59:59.000Z");
    expect((await pld(t, inc.id)).time_limits.time_barred).toBe(false);
    t.clock.set("2031-02-06T00:00:01.000Z");
    const late = await pld(t, inc.id);
    expect(late.time_limits.limitation.passed).toBe(true);
    expect(late.time_limits.time_barred).toBe(true);
    expect(late.incident_result.time_barred).toBe(true);
    // A latent personal injury extends the expiry period to 25 years (Art. 17(2)).
    await fact(t, inc.id, { fact: "latent_personal_injury", decided_at: "2031-02-06T00:00:00Z" });
    expect((await pld(t, inc.id)).time_limits.expiry).toMatchObject({
      years: 25,
      ends_at: "2052-06-01T23:59:59.999Z",
    });
  });

  it("a frozen PLD assessment reproduces its output and hash, with its time limits and liable set", async () => {
    const { t, w, inc } = await world();
    await injuredAndLikely(t, inc.id);
    const frozen = await t.call("POST", `/v1/incidents/${inc.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "eu-pld-2024" },
    });
    expect(frozen.status, JSON.stringify(frozen.json)).toBe(201);
    t.clock.set("2029-01-01T00:00:00Z");
    await fact(t, inc.id, {
      fact: "defence_compliance_with_law",
      actor_id: w.prov.id,
      decided_at: "2028-12-01T00:00:00Z",
    });
    const again = await t.call("GET", `/v1/causality-assessments/${frozen.json.id}`, { as: "regulator" });
    expect(again.json).toMatchObject({ reproducible: true, result_sha256: frozen.json.result_sha256 });
    expect(again.json.assessments).toEqual(frozen.json.assessments);
    expect(again.json.incident_result.jointly_and_severally_liable).toEqual(
      frozen.json.incident_result.jointly_and_severally_liable,
    );
    // The live analysis moved on (the defence); the frozen one did not.
    expect(rowOf(await pld(t, inc.id), w.prov.id).presumption).toBe("does_not_apply");
  });
});
