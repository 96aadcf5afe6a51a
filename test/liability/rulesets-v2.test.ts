import { describe, expect, it } from "vitest";
import { evaluateCausality } from "../../src/modules/liability";
import type {
  ActorAssessment,
  ActorFacts,
  CatalogFacts,
  CausalityInput,
  IncidentFacts,
  ObligationEvidence,
  Presumption,
  RequirementFact,
} from "../../src/modules/liability/domain/causality";
import { incidentLiability } from "../../src/modules/liability/domain/causality";
import { actor, catalog, EVALUATED, incident, missedOrder, rulesets } from "./causality-fixtures";

/**
 * Issue 12 items 3 and 4: AILD v2, WHO §7 v2, the WHO §5.2 reading and the WHO strict-liability option,
 * driven through evaluateCausality. Each ruleset has a base case; every row changes one fact and must move
 * the overall result on its own. Regressions for the defects the issue lists are named "regression".
 */

type Role = ActorFacts["role_in_chain"];
const OLD = "2025-06-01T00:00:00Z";
const ALL_CODES = catalog.obligations.map((o) => o.code);

const finding = (code: string, outcome: "breach" | "met"): ObligationEvidence => ({
  code,
  attestations: [],
  findings: [{ id: `f-${code}`, outcome, effective_from: OLD, recorded_at: OLD }],
});
const attestation = (code: string): ObligationEvidence => ({
  code,
  attestations: [{ id: `a-${code}`, effective_from: OLD, recorded_at: OLD }],
  findings: [],
});
/** Every catalog obligation attested before the harm, except `breached`, which a finding says was breached. */
const attestedExcept = (...breached: string[]): ObligationEvidence[] =>
  ALL_CODES.map((code) => (breached.includes(code) ? finding(code, "breach") : attestation(code)));

interface Case {
  inc?: Partial<IncidentFacts>;
  act?: Partial<ActorFacts>;
  requirements?: RequirementFact[];
}

function assess(rulesetId: string, role: Role, c: Case = {}): ActorAssessment {
  const ruleset = rulesets.get(rulesetId);
  if (!ruleset) throw new Error(`${rulesetId} not bundled`);
  const cat: CatalogFacts = c.requirements ? { ...catalog, requirements: c.requirements } : catalog;
  const input: CausalityInput = {
    ruleset,
    evaluated_at: EVALUATED,
    incident: incident(c.inc),
    catalog: cat,
    actors: [actor(role, c.act)],
  };
  const [row] = evaluateCausality(input);
  if (!row) throw new Error("no row");
  return row;
}
const outcomeOf = (row: ActorAssessment, id: string) => row.outcomes?.find((o) => o.id === id)?.result;
const conditionOf = (row: ActorAssessment, id: string) => row.conditions.find((c) => c.id === id)?.result;
const merge = (base: Case, patch: Case): Case => ({
  ...base,
  ...patch,
  inc: { ...base.inc, ...patch.inc },
  act: { ...base.act, ...patch.act },
});

type Flip = [name: string, patch: Case, expected: Presumption];
function flips(rulesetId: string, role: Role, base: Case, rows: Flip[]) {
  it(`${rulesetId} ${role}: the base case applies`, () => {
    expect(assess(rulesetId, role, base).presumption).toBe("applies");
  });
  for (const [name, patch, expected] of rows) {
    it(`${rulesetId} ${role}: ${name} → ${expected}`, () => {
      expect(assess(rulesetId, role, merge(base, patch)).presumption).toBe(expected);
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// AILD v2

const AILD = "eu-aild-2022";
const COURT = { fault_causal_link_likely: true, output_caused_damage: true };
const AIA_26: RequirementFact = {
  code: "AIA_ART_26_DEPLOYER_OBLIGATIONS",
  instrument: "Regulation (EU) 2024/1689",
  citation: "Art. 26",
  duty_bearers: ["deployer"],
  risks: ["R_FALSE_INFO"],
};
const AIA_10: RequirementFact = {
  code: "AIA_ART_10_DATA_GOVERNANCE",
  instrument: "Regulation (EU) 2024/1689",
  citation: "Art. 10",
  duty_bearers: ["provider"],
  risks: ["R_FALSE_INFO"],
};

describe("AILD v2: each element flips the result on its own", () => {
  const dev: Case = { inc: COURT, act: { obligations: attestedExcept("DEV_PREMORTEM_RED_TEAM") } };
  flips(AILD, "developer", dev, [
    [
      "4(1)(a): no duty found breached (all attested)",
      { act: { obligations: attestedExcept() } },
      "does_not_apply",
    ],
    ["4(1)(a): nothing on record", { act: { obligations: [] } }, "insufficient_information"],
    [
      "4(1)(b): the court finds no likely influence",
      { inc: { fault_causal_link_likely: false } },
      "does_not_apply",
    ],
    ["4(1)(b): unrecorded", { inc: { fault_causal_link_likely: null } }, "insufficient_information"],
    [
      "4(1)(c): the output did not cause the damage",
      { inc: { output_caused_damage: false } },
      "does_not_apply",
    ],
    ["4(1)(c): unrecorded", { inc: { output_caused_damage: null } }, "insufficient_information"],
    [
      "Art. 2(5): no damage (near miss)",
      { inc: { event_type: "near_miss", severity: "none" } },
      "does_not_apply",
    ],
    [
      "4(4): evidence reasonably accessible",
      { inc: { evidence_reasonably_accessible: true } },
      "does_not_apply",
    ],
    ["not high-risk, 4(5) unrecorded", { inc: { product_high_risk: false } }, "insufficient_information"],
    [
      "not high-risk, no excessive difficulty (4(5))",
      { inc: { product_high_risk: false, excessive_difficulty: false } },
      "does_not_apply",
    ],
    [
      "not high-risk, excessive difficulty (4(5))",
      { inc: { product_high_risk: false, excessive_difficulty: true } },
      "applies",
    ],
    [
      "3(5): no breach shown, but a missed disclosure order (high-risk)",
      { act: { obligations: attestedExcept(), disclosure_orders: [missedOrder] } },
      "applies",
    ],
  ]);

  const prov: Case = { inc: COURT, act: { obligations: attestedExcept() } };
  it(`${AILD} provider: everything attested and no order missed → does_not_apply`, () => {
    expect(assess(AILD, "provider", prov).presumption).toBe("does_not_apply");
  });
  const provFlips: [string, string, Partial<IncidentFacts>][] = [
    ["art4_2_b_transparency", "PROV_CAPABILITY_LIMITATION_DISCLOSURE", {}],
    ["art4_2_c_human_oversight", "PROV_NO_ANTHROPOMORPHIC_LANGUAGE", { risk_codes: ["R_ANTHROPOMORPHISM"] }],
    ["art4_2_d_accuracy_robustness_cybersecurity", "PROV_PRE_DEPLOYMENT_RISK_MITIGATION", {}],
    ["art4_2_e_corrective_action", "POST_CORRECT_HARMFUL_CONTENT", {}],
  ];
  for (const [id, code, inc] of provFlips) {
    it(`${AILD} provider: a finding of breach of ${code} alone meets ${id} → applies`, () => {
      const row = assess(AILD, "provider", merge(prov, { inc, act: { obligations: attestedExcept(code) } }));
      expect(conditionOf(row, id)).toBe("met");
      expect(row.presumption).toBe("applies");
      expect(assess(AILD, "provider", merge(prov, { inc })).presumption).toBe("does_not_apply");
    });
  }
  it(`${AILD} provider: the Art. 3(5) order alone → applies`, () => {
    expect(
      assess(AILD, "provider", merge(prov, { act: { disclosure_orders: [missedOrder] } })).presumption,
    ).toBe("applies");
  });

  const dep: Case = { inc: COURT, act: { obligations: attestedExcept("DEPL_HUMAN_IN_THE_LOOP") } };
  flips(AILD, "deployer", dep, [
    ["4(3)(a) answered (all attested)", { act: { obligations: attestedExcept() } }, "does_not_apply"],
    [
      "4(3)(b) alone (unsuitable input / setting)",
      { act: { obligations: attestedExcept("DEPL_FIT_FOR_SETTING") } },
      "applies",
    ],
    [
      "4(6): personal non-professional use recorded",
      { inc: { personal_non_professional_use: true } },
      "insufficient_information",
    ],
    ["4(6): professional use recorded", { inc: { personal_non_professional_use: false } }, "applies"],
    [
      "4(4): evidence reasonably accessible",
      { inc: { evidence_reasonably_accessible: true } },
      "does_not_apply",
    ],
  ]);

  it(`${AILD}: a binding requirement found breached is a 4(1)(a) duty of care; found met, it is answered`, () => {
    const base = merge(dep, { act: { obligations: attestedExcept() }, requirements: [AIA_26] });
    const withReq = (outcome?: "breach" | "met") =>
      assess(
        AILD,
        "deployer",
        merge(base, {
          act: { obligations: [...attestedExcept(), ...(outcome ? [finding(AIA_26.code, outcome)] : [])] },
        }),
      );
    expect(conditionOf(withReq("breach"), "art4_1_a_binding_requirement_breach")).toBe("met");
    expect(withReq("breach").presumption).toBe("applies");
    expect(withReq().presumption).toBe("insufficient_information");
    expect(withReq("met").presumption).toBe("does_not_apply");
  });

  it(`${AILD}: accepted rebuttal of the whole presumption (Art. 4(7))`, () => {
    const reb = { id: "reb-1", ruleset_id: AILD, condition_id: "art4_7_rebuttal", accepted: true };
    expect(assess(AILD, "developer", merge(dev, { act: { rebuttals: [reb] } }))).toMatchObject({
      presumption: "does_not_apply",
      rebutted: true,
    });
  });
});

describe("AILD v2 regressions", () => {
  it("regression 1(a): a missed disclosure order on a non-high-risk system does not presume non-compliance", () => {
    const facts: Case = {
      inc: { ...COURT, product_high_risk: false, excessive_difficulty: true },
      act: { obligations: attestedExcept(), disclosure_orders: [missedOrder] },
    };
    for (const role of ["developer", "provider", "deployer"] as const) {
      const row = assess(AILD, role, facts);
      expect(conditionOf(row, "art3_5_disclosure_order_missed")).toBe("met");
      expect(outcomeOf(row, "art3_5_non_compliance_presumed")).toBe("does_not_apply");
      expect(row.presumption).toBe("does_not_apply");
      // The same order on a high-risk system does presume it.
      const high = assess(AILD, role, merge(facts, { inc: { product_high_risk: true } }));
      expect(outcomeOf(high, "art3_5_non_compliance_presumed")).toBe("applies");
      expect(high.presumption).toBe("applies");
    }
  });

  it("regression 1(b): a high-risk deployer's general 4(1)(a) duty of care counts besides 4(3)", () => {
    // DEPL_RISK_WARNINGS protects against false information but is neither 4(3)(a) nor (b).
    const row = assess(AILD, "deployer", {
      inc: COURT,
      act: { obligations: attestedExcept("DEPL_RISK_WARNINGS") },
    });
    expect(conditionOf(row, "art4_3_a_use_or_monitoring")).toBe("not_met");
    expect(conditionOf(row, "art4_3_b_irrelevant_input_data")).toBe("not_met");
    expect(conditionOf(row, "art4_1_a_duty_of_care_breach")).toBe("met");
    expect(row.presumption).toBe("applies");
  });

  it("regression 1(b) contrast: a high-risk provider's fault is met only through Art. 4(2)", () => {
    // PROV_REGULATORY_APPROVAL protects against false information but is none of 4(2)(a)-(e).
    const facts: Case = { inc: COURT, act: { obligations: attestedExcept("PROV_REGULATORY_APPROVAL") } };
    const high = assess(AILD, "provider", facts);
    expect(conditionOf(high, "art4_1_a_duty_of_care_breach")).toBe("met");
    expect(high.presumption).toBe("does_not_apply");
    const other = assess(
      AILD,
      "provider",
      merge(facts, { inc: { product_high_risk: false, excessive_difficulty: true } }),
    );
    expect(other.presumption).toBe("applies");
  });

  it("regression 1(c): the upstream developer is held to 4(1)(a), never to the provider conditions of 4(2)", () => {
    // DEV_HEALTH_USE_GATING protects against false information and is in no 4(2) list.
    const row = assess(AILD, "developer", {
      inc: COURT,
      act: { obligations: attestedExcept("DEV_HEALTH_USE_GATING") },
    });
    expect(row.presumption).toBe("applies");
    expect(row.conditions.map((c) => c.id).filter((id) => id.startsWith("art4_2_"))).toEqual([]);
    const provider = assess(AILD, "provider", { inc: COURT });
    expect(provider.conditions.map((c) => c.id)).toContain("art4_2_d_accuracy_robustness_cybersecurity");
  });

  it("regression 1(d): personal non-professional use bars the presumption unless interference is found", () => {
    const use = (v: boolean | null) =>
      assess(AILD, "deployer", {
        inc: { ...COURT, personal_non_professional_use: v },
        act: { obligations: attestedExcept("DEPL_FIT_FOR_SETTING") },
      });
    expect(conditionOf(use(true), "art4_6_not_personal_non_professional_use")).toBe("unknown");
    expect(use(true).presumption).not.toBe("applies");
    expect(conditionOf(use(false), "art4_6_not_personal_non_professional_use")).toBe("met");
    expect(use(null).presumption).toBe("applies");
    // Only the deployer uses the system; the other roles are not tested on it.
    const dev = assess(AILD, "developer", { inc: { ...COURT, personal_non_professional_use: true } });
    expect(conditionOf(dev, "art4_6_not_personal_non_professional_use")).toBeUndefined();
  });

  it("regression 1(d): 4(1)(b) and 4(1)(c) are court facts, not met merely because harm occurred", () => {
    const row = assess(AILD, "developer", { act: { obligations: attestedExcept("DEV_PREMORTEM_RED_TEAM") } });
    expect(conditionOf(row, "art2_5_damage")).toBe("met");
    expect(conditionOf(row, "art4_1_b_fault_influenced_output")).toBe("unknown");
    expect(conditionOf(row, "art4_1_c_output_caused_damage")).toBe("unknown");
    expect(row.presumption).toBe("insufficient_information");
  });

  it("regression 1(d): the catalog linkage is only a suggestion, outside the presumption", () => {
    const facts: Case = {
      inc: { ...COURT, fault_causal_link_likely: false },
      act: { obligations: attestedExcept("DEV_PREMORTEM_RED_TEAM") },
    };
    const row = assess(AILD, "developer", facts);
    expect(conditionOf(row, "art4_1_b_catalog_linkage_developer")).toBe("met");
    expect(outcomeOf(row, "catalog_linkage_suggestion")).toBe("applies");
    expect(row.presumption).toBe("does_not_apply");
    // And the reverse: a court's 4(1)(b) finding carries the element where the catalog sees no link.
    const noLink = assess(
      AILD,
      "developer",
      merge(facts, { inc: { fault_causal_link_likely: true, risk_codes: ["R_RUSH_TO_MARKET"] } }),
    );
    expect(outcomeOf(noLink, "catalog_linkage_suggestion")).toBe("does_not_apply");
    expect(noLink.presumption).toBe("applies");
  });

  it("limitation: no provider-owed catalog duty maps to Art. 4(2)(a), and a binding Art. 10 finding cannot reach it", () => {
    const row = assess(AILD, "provider", {
      inc: COURT,
      act: { obligations: [...attestedExcept("DEV_DATA_CURRENCY"), finding(AIA_10.code, "breach")] },
      requirements: [AIA_10],
    });
    expect(conditionOf(row, "art4_2_a_data_quality")).toBe("not_met");
    expect(row.presumption).toBe("does_not_apply");
  });

  it("is version 2 of the same id, a withdrawn proposal, evaluated only as a hypothetical", () => {
    const rs = rulesets.get(AILD);
    expect(rs).toMatchObject({ version: 2, status: "proposal_withdrawn_2025" });
    expect(rs?.applicability.tests.map((t) => t.kind)).toContain("never_in_force");
    expect(rs?.note).toMatch(/NOT VERIFIED/);
    expect(rs?.banner).toMatch(/withdrawn/);
  });
});

// ---------------------------------------------------------------------------------------------------
// WHO 2024 v2 (§7)

const WHO = "who-2024";
const WHO_BREACH: Record<"developer" | "provider" | "deployer", string> = {
  developer: "DEV_PREMORTEM_RED_TEAM",
  provider: "PROV_PRE_DEPLOYMENT_RISK_MITIGATION",
  deployer: "DEPL_FIT_FOR_SETTING",
};

describe("WHO 2024 v2 (§7): the victim shows relevant non-compliance and a likely causal link", () => {
  for (const role of ["developer", "provider", "deployer"] as const) {
    const base: Case = {
      inc: { causal_link_likely: true },
      act: { obligations: attestedExcept(WHO_BREACH[role]) },
    };
    flips(WHO, role, base, [
      [
        "non-compliance answered (all attested)",
        { act: { obligations: attestedExcept() } },
        "does_not_apply",
      ],
      ["non-compliance not shown (silence)", { act: { obligations: [] } }, "insufficient_information"],
      ["no likely causal link", { inc: { causal_link_likely: false } }, "does_not_apply"],
      ["causal link unrecorded", { inc: { causal_link_likely: null } }, "insufficient_information"],
      ["no harm", { inc: { event_type: "no_harm", severity: "none" } }, "does_not_apply"],
      ["no risk codes: relevance cannot be judged", { inc: { risk_codes: [] } }, "insufficient_information"],
    ]);
  }

  it("regression 2: an empty record is insufficient_information, not applies, for every role", () => {
    for (const role of ["developer", "provider", "deployer"] as const) {
      const row = assess(WHO, role);
      expect(row.presumption).toBe("insufficient_information");
      expect(conditionOf(row, "s7_non_compliance_shown")).toBe("unknown");
    }
  });

  it("regression 2: a missing attestation is silence, not proof of non-compliance", () => {
    const row = assess(WHO, "developer", { inc: { causal_link_likely: true } });
    const c = row.conditions.find((x) => x.id === "s7_non_compliance_shown");
    expect(c?.result).toBe("unknown");
    expect(c?.basis).toContainEqual(
      expect.objectContaining({ type: "missing_attestation", ref: "DEV_PREMORTEM_RED_TEAM" }),
    );
    expect(row.presumption).toBe("insufficient_information");
  });

  it("an accepted §7 rebuttal (another party the cause) defeats it", () => {
    const reb = { id: "reb-1", ruleset_id: WHO, condition_id: "s7_rebuttal", accepted: true };
    const base: Case = {
      inc: { causal_link_likely: true },
      act: { obligations: attestedExcept(WHO_BREACH.developer) },
    };
    expect(assess(WHO, "developer", merge(base, { act: { rebuttals: [reb] } }))).toMatchObject({
      presumption: "does_not_apply",
      rebutted: true,
    });
  });

  it("is version 2, with a non-binding banner", () => {
    const rs = rulesets.get(WHO);
    expect(rs?.version).toBe(2);
    expect(rs?.banner).toMatch(/Non-binding guidance/);
    expect(rs?.applicability.tests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// WHO 2024, §5.2 reversed-burden reading

const REV = "who-2024-reversed-burden";

describe("WHO 2024 §5.2 reading: developers and providers must show compliance", () => {
  flips(REV, "developer", {}, [
    ["everything attested before the harm", { act: { obligations: attestedExcept() } }, "does_not_apply"],
    ["no harm", { inc: { event_type: "near_miss", severity: "none" } }, "does_not_apply"],
    ["no risk codes: relevance cannot be judged", { inc: { risk_codes: [] } }, "insufficient_information"],
  ]);
  flips(REV, "provider", {}, [
    ["everything attested before the harm", { act: { obligations: attestedExcept() } }, "does_not_apply"],
  ]);

  // The general §5.2 ground covers every relevant duty, so each specific ground is isolated by answering
  // the other two with accepted rebuttals; it then decides on its own.
  const grounds: [string, string[]][] = [
    [
      "s4_2_pre_release_evaluation_not_shown",
      ["DEV_PREMORTEM_RED_TEAM", "PROV_PRE_DEPLOYMENT_RISK_MITIGATION", "PROV_IMPACT_ASSESSMENT"],
    ],
    ["s5_2_burden_of_proof_not_discharged", []],
    [
      "s6_2_post_release_duties_not_shown",
      ["POST_CORRECT_HARMFUL_CONTENT", "POST_OPERATIONAL_DISCLOSURE", "POST_INDEPENDENT_AUDIT"],
    ],
  ];
  for (const [id, codes] of grounds) {
    it(`${REV} developer: ${id} decides on its own`, () => {
      const rebuttals = grounds
        .filter(([other]) => other !== id)
        .map(([other]) => ({ id: `reb-${other}`, ruleset_id: REV, condition_id: other, accepted: true }));
      const silent = assess(REV, "developer", { act: { rebuttals } });
      expect(conditionOf(silent, id)).toBe("met");
      expect(silent.presumption).toBe("applies");
      const shown = codes.length > 0 ? codes.map(attestation) : attestedExcept();
      const answered = assess(REV, "developer", { act: { rebuttals, obligations: shown } });
      expect(conditionOf(answered, id)).toBe("not_met");
      expect(answered.presumption).toBe("does_not_apply");
    });
  }

  const dep: Case = {
    inc: { causal_link_likely: true },
    act: { obligations: attestedExcept("DEPL_FIT_FOR_SETTING") },
  };
  flips(REV, "deployer", dep, [
    ["§6.3 and Box 1 answered", { act: { obligations: attestedExcept() } }, "does_not_apply"],
    [
      "no human in the loop alone",
      { act: { obligations: attestedExcept("DEPL_HUMAN_IN_THE_LOOP") } },
      "applies",
    ],
    ["deployer silence is not proof", { act: { obligations: [] } }, "insufficient_information"],
    ["no likely causal link", { inc: { causal_link_likely: false } }, "does_not_apply"],
    ["no harm", { inc: { event_type: "no_harm", severity: "none" } }, "does_not_apply"],
  ]);

  it("a missing attestation counts against a developer here, where WHO §7 (who-2024) leaves it undecided", () => {
    expect(assess(REV, "developer").presumption).toBe("applies");
    expect(assess(WHO, "developer").presumption).toBe("insufficient_information");
  });

  it("is labelled a separate, stricter reading, not what §7 says", () => {
    const rs = rulesets.get(REV);
    expect(rs?.version).toBe(1);
    expect(rs?.title).toMatch(/stricter registry reading.*not the §7 test/);
    expect(rs?.banner).toMatch(/stricter registry reading than WHO 2024 §7/);
    expect(rs?.note).toMatch(/NOT WHAT §7 SAYS/);
    expect(rs?.applicability.tests).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// WHO 2024, strict-liability option

const SL = "who-2024-strict-liability";

describe("WHO 2024 strict-liability option: liable for any harm, subject to the patient knowing", () => {
  for (const role of ["developer", "provider", "deployer"] as const) {
    flips(SL, role, { inc: { patient_knew_ai_was_used: "yes" } }, [
      ["patient did not know an LMM was used", { inc: { patient_knew_ai_was_used: "no" } }, "does_not_apply"],
      [
        "patient's knowledge unknown",
        { inc: { patient_knew_ai_was_used: "unknown" } },
        "insufficient_information",
      ],
      [
        "patient's knowledge unrecorded",
        { inc: { patient_knew_ai_was_used: null } },
        "insufficient_information",
      ],
      ["no harm", { inc: { event_type: "no_harm", severity: "none" } }, "does_not_apply"],
      ["severity above none suffices", { inc: { event_type: "other", severity: "mild" } }, "applies"],
    ]);
  }

  it("regression: patient_knew_ai_was_used no → does_not_apply; unknown → insufficient_information", () => {
    expect(assess(SL, "deployer", { inc: { patient_knew_ai_was_used: "no" } }).presumption).toBe(
      "does_not_apply",
    );
    expect(assess(SL, "deployer", { inc: { patient_knew_ai_was_used: "unknown" } }).presumption).toBe(
      "insufficient_information",
    );
  });

  it("no fault is needed: an actor with no recorded breach is liable", () => {
    const row = assess(SL, "developer", {
      inc: { patient_knew_ai_was_used: "yes" },
      act: { obligations: attestedExcept() },
    });
    expect(row.presumption).toBe("applies");
  });

  it("effective risk mitigation reduces exposure without changing the presumption", () => {
    const mitigation = (v: boolean | null) =>
      assess(SL, "provider", {
        inc: { patient_knew_ai_was_used: "yes" },
        act: { legal_facts: { risk_mitigation_effective: v } },
      });
    expect(outcomeOf(mitigation(true), "exposure_reduced")).toBe("applies");
    expect(outcomeOf(mitigation(false), "exposure_reduced")).toBe("does_not_apply");
    expect(outcomeOf(mitigation(null), "exposure_reduced")).toBe("insufficient_information");
    for (const v of [true, false, null]) expect(mitigation(v).presumption).toBe("applies");
  });

  it("the value chain is jointly liable (WHO 2024 §7)", () => {
    const rs = rulesets.get(SL);
    if (!rs) throw new Error(SL);
    expect(rs.joint_liability?.citation).toBe("WHO 2024 §7");
    const rows = evaluateCausality({
      ruleset: rs,
      evaluated_at: EVALUATED,
      incident: incident({ patient_knew_ai_was_used: "yes" }),
      catalog,
      actors: [actor("developer"), actor("provider"), actor("deployer")],
    });
    expect(incidentLiability(rs, rows, undefined).jointly_and_severally_liable).toEqual([
      "developer-1",
      "provider-1",
      "deployer-1",
    ]);
  });

  it("the actor may show the harm did not result from the LMM (accepted rebuttal)", () => {
    const reb = { id: "reb-1", ruleset_id: SL, condition_id: "s7_harm_not_from_lmm", accepted: true };
    expect(
      assess(SL, "deployer", { inc: { patient_knew_ai_was_used: "yes" }, act: { rebuttals: [reb] } }),
    ).toMatchObject({ presumption: "does_not_apply", rebutted: true });
  });

  it("quotes the guidance in its note, with its section", () => {
    const rs = rulesets.get(SL);
    expect(rs?.version).toBe(1);
    expect(rs?.note).toContain(
      "developers, providers and deployers will be held to a strict liability standard",
    );
    expect(rs?.note).toContain(
      "although this depends on whether the patient knew that an LMM was used.' (WHO 2024 §7)",
    );
    expect(rs?.applicability.tests).toEqual([]);
  });
});

describe("every v2 condition carries its citation and explanation texts", () => {
  for (const id of [AILD, WHO, REV, SL]) {
    it(`${id}: citation, text, standard, how_to_establish and answer on every condition`, () => {
      const rs = rulesets.get(id);
      for (const c of rs?.conditions ?? []) {
        expect(c.citation, c.id).toMatch(/\S/);
        expect(c.text, c.id).toMatch(/\S/);
        expect(c.standard, c.id).toMatch(/\S/);
        expect(c.how_to_establish, c.id).toMatch(/\S/);
        expect(c.answer, c.id).toMatch(/\S/);
      }
      expect(rs?.conditions.length).toBeGreaterThan(0);
    });
  }
});
