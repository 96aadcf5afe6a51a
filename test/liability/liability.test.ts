import { describe, expect, it } from "vitest";
import { fileIncident } from "../helpers/factories";
import { createTestApp, type TestApp } from "../helpers/harness";
import { recordFact } from "../helpers/law-world";
import { causality, cond, liabilityWorld, row, type World } from "./liability-world";

/**
 * PLD 2024 covers products placed on the EU market after 9 December 2026 and harm in the Union: the app
 * is placed on the EU market in January 2027 and harms someone in France (the default country) in
 * February 2027; the incident is filed on 1 March 2027 and the clock is left there.
 */
async function fileHarmUnderPld(t: TestApp, w: World) {
  t.clock.set("2027-01-12T08:00:00Z");
  await recordFact(t, w.app.id, w.as.appDev, {
    fact: "market",
    territory: "EU",
    placed_at: "2027-01-12T08:00:00Z",
  });
  t.clock.set("2027-03-01T12:00:00Z");
  return fileIncident(t, { deployment_id: w.deployment.id, occurred_at: "2027-02-20T10:00:00Z" });
}

/** The withdrawn AILD proposal never applies: its conditions are evaluated only as a labelled hypothetical. */
async function hypothetical(t: TestApp, incidentId: string, ruleset: string) {
  const res = await t.call(
    "GET",
    `/v1/incidents/${incidentId}/causality?ruleset=${ruleset}&hypothetical=true`,
    {
      as: "regulator",
    },
  );
  expect(res.status, res.text).toBe(200);
  expect(res.json).toMatchObject({ hypothetical: true, applicability: { applies: false } });
  return res.json as { assessments: any[]; as_of: string };
}

/** Golden scenarios (a)–(f) of issue 5, each through HTTP on a fresh database. */
describe("presumption of causality: golden scenarios", () => {
  it("(a) developer without red-team / pre-release evaluation attestation before a false-information harm: the WHO §5.2 reading applies, §7 does not on silence", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    // WHO §7 (who-2024 v2): the victim must show non-compliance and a likely causal link; silence shows neither.
    const s7 = row(await causality(t, inc.id, "who-2024"), w.appDev.id, "developer");
    expect(s7.presumption).toBe("insufficient_information");
    const a = await causality(t, inc.id, "who-2024-reversed-burden");
    const dev = row(a, w.appDev.id, "developer");
    expect(dev.presumption).toBe("applies");
    expect(cond(dev, "s4_2_pre_release_evaluation_not_shown").result).toBe("met");
    expect(cond(dev, "s4_2_pre_release_evaluation_not_shown").basis).toContainEqual({
      type: "missing_attestation",
      ref: "DEV_PREMORTEM_RED_TEAM",
      obligation_code: "DEV_PREMORTEM_RED_TEAM",
    });
    expect(a.as_of).toBe("2026-05-20T10:00:00.000Z");
  });

  it("(b) a deployer that attested fit-for-setting and human oversight before the harm: its conditions are not met", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    await w.attest("hospital", "DEPL_FIT_FOR_SETTING");
    await w.attest("hospital", "DEPL_HUMAN_IN_THE_LOOP");
    const inc = await w.fileHarm();
    const dep = row(await causality(t, inc.id, "who-2024-reversed-burden"), w.hospital.id, "deployer");
    expect(cond(dep, "s6_3_unsuitable_setting").result).toBe("not_met");
    expect(cond(dep, "s5_2_no_human_in_the_loop").result).toBe("not_met");
    expect(cond(dep, "s6_3_unsuitable_setting").basis[0]).toMatchObject({ type: "attestation" });
    expect(dep.presumption).toBe("does_not_apply");
  });

  it("(c) an actor that misses a disclosure order: presumed non-compliance (AILD Art. 3(5)) and presumed defect (PLD Art. 10(2)(a))", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await fileHarmUnderPld(t, w);
    const order = await t.call("POST", `/v1/incidents/${inc.id}/disclosure-orders`, {
      as: "regulator",
      body: {
        actor_id: w.appDev.id,
        items: ["Pre-release evaluation report"],
        due_at: "2027-03-10T00:00:00Z",
      },
    });
    expect(order.status).toBe(201);
    expect(order.json.state).toBe("pending");
    const pending = row(await hypothetical(t, inc.id, "eu-aild-2022"), w.appDev.id, "provider");
    expect(cond(pending, "art3_5_disclosure_order_missed").result).toBe("unknown");
    const pldPending = row(await causality(t, inc.id, "eu-pld-2024"), w.appDev.id, "provider");
    expect(cond(pldPending, "art10_2_a_failure_to_disclose").result).toBe("unknown");

    t.clock.set("2027-03-15T00:00:00Z");
    const missed = row(await hypothetical(t, inc.id, "eu-aild-2022"), w.appDev.id, "provider");
    expect(cond(missed, "art3_5_disclosure_order_missed")).toMatchObject({
      result: "met",
      basis: [{ type: "disclosure_order", ref: order.json.id }],
    });
    // AILD v2: presumed non-compliance (Art. 3(5), a high-risk system) is not yet the presumption, which also
    // needs the court's Art. 4(1)(b) and 4(1)(c) findings.
    expect(missed.presumption).toBe("insufficient_information");
    for (const fact of ["fault_causal_link_likely", "output_caused_damage"]) {
      const res = await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
        as: "regulator",
        body: { fact, value: true, basis: "Judgment", decided_at: "2027-03-14T00:00:00Z" },
      });
      expect(res.status, res.text).toBe(201);
    }
    const aild = row(await hypothetical(t, inc.id, "eu-aild-2022"), w.appDev.id, "provider");
    expect(aild.outcomes.find((o: any) => o.id === "art3_5_non_compliance_presumed").result).toBe("applies");
    expect(aild.presumption).toBe("applies");
    // PLD v3 needs the damage established (Art. 6(1)(a)), which a court records.
    const damage = await t.call("POST", `/v1/incidents/${inc.id}/legal-facts`, {
      as: "regulator",
      body: {
        fact: "damage_personal_injury",
        value: true,
        basis: "Medical report",
        decided_at: "2027-03-10T00:00:00Z",
        decided_by: { kind: "court", body: "Tribunal judiciaire de Lyon", legal_basis: "PLD Art. 6(1)(a)" },
      },
    });
    expect(damage.status).toBe(201);
    const pldAnalysis = await causality(t, inc.id, "eu-pld-2024");
    // PLD 2024 governs this harm: evaluated for real, not as a hypothetical.
    expect(pldAnalysis).toMatchObject({ hypothetical: false, applicability: { applies: true } });
    const pld = row(pldAnalysis, w.appDev.id, "provider");
    expect(cond(pld, "art10_2_a_failure_to_disclose").result).toBe("met");
    expect(pld.presumption).toBe("applies");
    // The order was the regulator's, not a court's under Art. 9(1): the presumption is provisional.
    expect(pld.provisional).toBe(true);
    // A late answer does not cure the miss (the order is judged as issued).
    const late = await t.call("POST", `/v1/disclosure-orders/${order.json.id}/responses`, {
      as: w.as.appDev,
      body: { disclosure_ids: [], statement: "Attached late" },
    });
    expect(late.json.state).toBe("missed");
  });

  it("(d) an attestation dated before the harm but recorded after it is ignored", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    const late = await w.attest("appDev", "DEV_PREMORTEM_RED_TEAM", {
      effective_from: "2026-01-01T00:00:00Z",
    });
    const dev = row(await causality(t, inc.id, "who-2024-reversed-burden"), w.appDev.id, "developer");
    const c = cond(dev, "s4_2_pre_release_evaluation_not_shown");
    expect(c.result).toBe("met");
    expect(c.basis).toContainEqual(
      expect.objectContaining({ type: "missing_attestation", ref: "DEV_PREMORTEM_RED_TEAM" }),
    );
    expect(c.basis.some((b: any) => b.ref === late.id)).toBe(false);
    // The incident view judges as of the harm; the product view as of now.
    const links = await t.call("GET", `/v1/incidents/${inc.id}/obligations`, { as: "regulator" });
    const devOb = links.json.actors.find((x: any) => x.actor_id === w.appDev.id);
    expect(devOb.obligations.find((o: any) => o.code === "DEV_PREMORTEM_RED_TEAM").status).toBe("missing");
    const product = await t.call("GET", `/v1/products/${w.app.id}/obligations`);
    const devNow = product.json.actors.find((x: any) => x.actor_id === w.appDev.id && x.role === "developer");
    expect(devNow.obligations.find((o: any) => o.code === "DEV_PREMORTEM_RED_TEAM").status).toBe("attested");
  });

  it("(e) an accepted rebuttal flips the result; a rejected or pending one does not", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    const file = (condition_id: string) =>
      t.call("POST", `/v1/incidents/${inc.id}/rebuttals`, {
        as: w.as.appDev,
        body: {
          ruleset: "who-2024-reversed-burden",
          condition_id,
          statement: "The deployer ignored our warnings",
          evidence: [],
        },
      });
    const rejected = await file("s7_rebuttal");
    const accepted = await file("s7_rebuttal");
    expect(
      row(await causality(t, inc.id, "who-2024-reversed-burden"), w.appDev.id, "developer").presumption,
    ).toBe("applies");
    const decide = (id: string, ok: boolean) =>
      t.call("POST", `/v1/rebuttals/${id}/decision`, {
        as: "regulator",
        body: { accepted: ok, reason: "Weighed" },
      });
    expect((await decide(rejected.json.id, false)).status).toBe(201);
    expect(
      row(await causality(t, inc.id, "who-2024-reversed-burden"), w.appDev.id, "developer").presumption,
    ).toBe("applies");
    expect((await decide(accepted.json.id, true)).json.decision.accepted).toBe(true);
    const after = row(await causality(t, inc.id, "who-2024-reversed-burden"), w.appDev.id, "developer");
    expect(after).toMatchObject({ presumption: "does_not_apply", rebutted: true });
    expect((await decide(accepted.json.id, false)).status).toBe(409);
  });

  it("(f) the foundation-model developer is reached through version lineage; an unpinned sibling model only through product lineage", async () => {
    const t = await createTestApp();
    const w = await liabilityWorld(t);
    const inc = await w.fileHarm();
    const a = await causality(t, inc.id, "who-2024-reversed-burden");
    const fmDev = row(a, w.fmDev.id, "developer");
    expect(fmDev.via_lineage).toEqual({ product_id: w.fm.id, depth: 1 });
    expect(fmDev.presumption).toBe("applies");
    // App v1 pins FM v1 only: FM2's developer did not supply the model that harmed.
    expect(a.assessments.some((x) => x.actor_id === w.fm2Dev.id)).toBe(false);
    // Without a known version the registry falls back to product lineage and reaches both.
    const byProduct = await t.call("POST", "/v1/incidents", {
      body: { ...(await import("../helpers/factories")).incidentBody({ product_id: w.app.id }) },
    });
    const b = await causality(t, byProduct.json.id, "who-2024");
    expect(row(b, w.fm2Dev.id, "developer")?.via_lineage).toEqual({ product_id: w.fm2.id, depth: 1 });
  });
});
