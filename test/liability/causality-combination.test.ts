import { describe, expect, it } from "vitest";
import { actor, attested, breached, catalog, missedOrder, result, run } from "./causality-fixtures";

/** AILD v2: Art. 4(1)(b) and (c) are facts a court records, never inferred from the harm itself. */
const court = { fault_causal_link_likely: true, output_caused_damage: true };

describe("rebuttals", () => {
  const dev = actor("developer", { obligations: [breached("DEV_PREMORTEM_RED_TEAM")] });
  const reb = (patch: object) => ({
    id: "reb-9",
    ruleset_id: "eu-aild-2022",
    condition_id: "art4_7_rebuttal",
    accepted: true,
    ...patch,
  });

  it("a rebuttal of the presumption as a whole defeats it", () => {
    const [a] = run("eu-aild-2022", [{ ...dev, rebuttals: [reb({})] }], court);
    expect(a).toMatchObject({ rebutted: true, presumption: "does_not_apply" });
  });

  it("pending, rejected, other-ruleset and out-of-role rebuttals change nothing", () => {
    for (const r of [
      reb({ accepted: null }),
      reb({ accepted: false }),
      reb({ ruleset_id: "eu-pld-2024" }),
      reb({ condition_id: "art4_3_a_use_or_monitoring" }),
    ]) {
      const [a] = run("eu-aild-2022", [{ ...dev, rebuttals: [r] }], court);
      expect(a).toMatchObject({ rebutted: false, presumption: "applies" });
    }
  });

  it("rebutting one of several independent grounds leaves the presumption standing", () => {
    const r = {
      id: "reb-2",
      ruleset_id: "who-2024-reversed-burden",
      condition_id: "s4_2_pre_release_evaluation_not_shown",
      accepted: true,
    };
    // The §5.2 reading: silence counts against the developer on several independent grounds.
    const [a] = run("who-2024-reversed-burden", [actor("developer", { rebuttals: [r] })]);
    expect(result(a!, "s4_2_pre_release_evaluation_not_shown")).toBe("not_met");
    expect(a).toMatchObject({ rebutted: false, presumption: "applies" });
    expect(a?.explanation).toMatch(/did not change the outcome/);
  });
});

describe("combination logic", () => {
  const dev = actor("developer", { obligations: [breached("DEV_PREMORTEM_RED_TEAM")] });

  it("AILD high-risk: Art. 4(4) accessible evidence excludes the presumption; unrecorded counts as not shown", () => {
    expect(
      run("eu-aild-2022", [dev], { ...court, evidence_reasonably_accessible: null })[0]?.presumption,
    ).toBe("applies");
    expect(
      run("eu-aild-2022", [dev], { ...court, evidence_reasonably_accessible: true })[0]?.presumption,
    ).toBe("does_not_apply");
  });

  it("AILD non-high-risk: only with excessive difficulty (Art. 4(5))", () => {
    const nhr = { ...court, product_high_risk: false };
    expect(run("eu-aild-2022", [dev], { ...nhr, excessive_difficulty: true })[0]?.presumption).toBe(
      "applies",
    );
    expect(run("eu-aild-2022", [dev], { ...nhr, excessive_difficulty: false })[0]?.presumption).toBe(
      "does_not_apply",
    );
    expect(run("eu-aild-2022", [dev], nhr)[0]?.presumption).toBe("insufficient_information");
  });

  it("AILD: no damage means no presumption; no recorded fault means insufficient information", () => {
    expect(
      run("eu-aild-2022", [dev], { ...court, event_type: "near_miss", severity: "none" })[0]?.presumption,
    ).toBe("does_not_apply");
    expect(run("eu-aild-2022", [actor("developer")], court)[0]?.presumption).toBe("insufficient_information");
  });

  it("PLD: Art. 10(4) needs excessive difficulty AND a shown likelihood; 10(2)(c) needs typical damage for the link", () => {
    const prov = actor("provider");
    const injured = { damage_personal_injury: true };
    expect(run("eu-pld-2024", [prov], injured)[0]?.presumption).toBe("insufficient_information");
    // Excessive difficulty alone no longer carries the presumption (issue 12: 10(4)(b) was faked by a risk list).
    expect(run("eu-pld-2024", [prov], { ...injured, excessive_difficulty: true })[0]?.presumption).toBe(
      "insufficient_information",
    );
    const likely = { ...injured, excessive_difficulty: true, likely_defect_or_causation: true };
    expect(run("eu-pld-2024", [prov], likely)[0]?.presumption).toBe("applies");
    const malfunction = { ...injured, obvious_malfunction: true, normal_use: true };
    expect(run("eu-pld-2024", [prov], malfunction)[0]?.presumption).toBe("applies");
    expect(
      run("eu-pld-2024", [prov], { ...malfunction, risk_codes: ["R_RUSH_TO_MARKET"] })[0]?.presumption,
    ).toBe("insufficient_information");
  });

  it("PLD: deployers are outside the instrument, reported with no conditions", () => {
    const [a] = run("eu-pld-2024", [actor("deployer", { disclosure_orders: [missedOrder] })]);
    expect(a).toMatchObject({ presumption: "does_not_apply", rebutted: false, conditions: [] });
    expect(a?.explanation).toMatch(/sets no presumption for the deployer role/);
  });

  it("WHO (§5.2 reading): the whole value chain is assessed, each actor on its own duties", () => {
    const all = catalog.obligations.map((o) => o.code);
    const out = run("who-2024-reversed-burden", [
      actor("developer", { via_lineage: { product_id: "fm-1", depth: 1 } }),
      actor("provider", { obligations: attested(...all) }),
      actor("deployer"),
    ]);
    expect(out.map((a) => [a.role_in_chain, a.presumption])).toEqual([
      ["developer", "applies"],
      ["provider", "does_not_apply"],
      ["deployer", "insufficient_information"],
    ]);
    expect(out[0]?.via_lineage).toEqual({ product_id: "fm-1", depth: 1 });
    expect(out[0]?.explanation).toMatch(/lineage of product fm-1 at depth 1/);
    expect(out[1]?.conditions.map((c) => c.id)).toEqual([
      "s7_harm_occurred",
      "s5_2_burden_of_proof_not_discharged",
      "s6_2_post_release_duties_not_shown",
    ]);
  });
});
