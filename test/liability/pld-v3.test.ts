import { describe, expect, it } from "vitest";
import type { ActorFacts, CausalityInput, IncidentFacts } from "../../src/modules/liability";
import { evaluateCausality } from "../../src/modules/liability";
import { actor, breached, catalog, EVALUATED, incident, missedOrder, rulesets } from "./causality-fixtures";

/**
 * PLD 2024/2853 v3, condition by condition (issue 12). The base case is liable; each row changes one fact
 * and must move the named outcome on its own. Regressions for the defects the issue lists are named so.
 */
const pld = rulesets.get("eu-pld-2024");
if (!pld) throw new Error("eu-pld-2024 not bundled");

const AIA_10 = {
  code: "AIA_ART_10_DATA_GOVERNANCE",
  instrument: "Regulation (EU) 2024/1689",
  citation: "Art. 10",
  duty_bearers: ["provider"],
  risks: ["R_FALSE_INFO", "R_BIAS"],
};

const BASE: Partial<IncidentFacts> = {
  damage_personal_injury: true,
  defect_established: true,
  risk_codes: ["R_FALSE_INFO"],
};

function assess(inc: Partial<IncidentFacts>, act: Partial<ActorFacts> = {}, role = "manufacturer") {
  const input: CausalityInput = {
    ruleset: pld as NonNullable<typeof pld>,
    evaluated_at: EVALUATED,
    incident: incident(inc),
    catalog: { ...catalog, requirements: [AIA_10] },
    actors: [actor("provider", { instrument_role: role, ...act })],
  };
  const [row] = evaluateCausality(input);
  if (!row) throw new Error("no row");
  const outcome = (id: string) => row.outcomes?.find((o) => o.id === id)?.result;
  return { row, outcome };
}

const courtFact = (fact: string, value = true) => ({ legal_facts: { [fact]: value } });
const met = (code: string) => {
  const b = breached(code);
  return { ...b, findings: b.findings.map((f) => ({ ...f, outcome: "met" as const })) };
};

describe("PLD v3: the base case and each element flipping the result on its own", () => {
  it("damage + established defect + typical damage → liable, defect not 'presumed'", () => {
    const { row, outcome } = assess(BASE);
    expect(row.presumption).toBe("applies");
    expect(outcome("defect")).toBe("applies");
    expect(outcome("defect_presumed")).not.toBe("applies");
    expect(outcome("causal_link_presumed")).toBe("applies");
    expect(outcome("exempted")).toBe("does_not_apply");
  });

  const flips: [string, Partial<IncidentFacts>, Partial<ActorFacts>, string, string][] = [
    [
      "no damage of an Art. 6 type",
      { damage_personal_injury: false, damage_property: false, damage_data: false },
      {},
      "damage",
      "does_not_apply",
    ],
    ["damage unrecorded", { damage_personal_injury: null }, {}, "damage", "insufficient_information"],
    [
      "data damage alone suffices (Art. 6(1)(c))",
      { damage_personal_injury: false, damage_data: true },
      {},
      "damage",
      "applies",
    ],
    [
      // Every presumption route closed: no order missed, the binding requirement found met, no malfunction.
      "defect found absent, nothing presumed",
      { defect_established: false, obvious_malfunction: false, excessive_difficulty: false },
      { obligations: [met(AIA_10.code)] },
      "defect",
      "does_not_apply",
    ],
    [
      "damage not typical of the defect",
      { risk_codes: ["R_AUTOMATION_BIAS"], excessive_difficulty: false },
      {},
      "causal_link_presumed",
      "does_not_apply",
    ],
    [
      "Art. 11(1)(d) compliance with law proven",
      {},
      courtFact("defence_compliance_with_law"),
      "exempted",
      "applies",
    ],
    [
      "Art. 11(1)(e) development risk proven",
      {},
      courtFact("defence_development_risk"),
      "exempted",
      "applies",
    ],
    [
      "Art. 11(1)(a) not placed on the market",
      {},
      courtFact("defence_not_placed_on_market"),
      "exempted",
      "applies",
    ],
  ];
  for (const [name, inc, act, id, expected] of flips) {
    it(name, () => {
      expect(assess({ ...BASE, ...inc }, act).outcome(id)).toBe(expected);
    });
  }

  it("the causal link proven by the court (Art. 10(1)) needs no presumption", () => {
    const untypical = { ...BASE, risk_codes: ["R_AUTOMATION_BIAS"], excessive_difficulty: false };
    expect(assess(untypical).row.presumption).toBe("insufficient_information");
    expect(assess({ ...untypical, causal_link_established: true }).row.presumption).toBe("applies");
    expect(assess({ ...untypical, causal_link_established: false }).row.presumption).toBe("does_not_apply");
  });

  it("property damage is Art. 6(1)(b) damage; a recall is recorded as a circumstance only", () => {
    expect(assess({ ...BASE, damage_personal_injury: false, damage_property: true }).outcome("damage")).toBe(
      "applies",
    );
    const recall = assess({ ...BASE, defect_established: null, recall_or_withdrawal: true });
    expect(recall.outcome("recall_recorded")).toBe("applies");
    expect(recall.outcome("defect")).toBe("insufficient_information");
  });

  it("role-specific exemptions: (b) distributor, (f) component maker, (g) modifier, each only for its role", () => {
    const dist = { legal_facts: { distributor_failed_to_identify: true, defence_not_made_available: true } };
    expect(assess(BASE, dist, "distributor").outcome("exempted")).toBe("applies");
    expect(
      assess(BASE, courtFact("defence_component_design"), "component_manufacturer").outcome("exempted"),
    ).toBe("applies");
    expect(
      assess(BASE, courtFact("defence_unmodified_part"), "substantial_modifier").outcome("exempted"),
    ).toBe("applies");
    // The component maker's (f) defence is no defence for the manufacturer.
    expect(assess(BASE, courtFact("defence_component_design"), "manufacturer").outcome("exempted")).toBe(
      "does_not_apply",
    );
  });

  it("each Art. 10(2) route presumes the defect on its own", () => {
    const noDefect = { ...BASE, defect_established: null };
    expect(assess(noDefect).outcome("defect_presumed")).toBe("insufficient_information");
    expect(assess(noDefect, { disclosure_orders: [missedOrder] }).outcome("defect_presumed")).toBe("applies");
    expect(
      assess({ ...noDefect, obvious_malfunction: true, normal_use: true }).outcome("defect_presumed"),
    ).toBe("applies");
    const breach = { obligations: [breached(AIA_10.code)] };
    expect(assess(noDefect, breach).outcome("defect_presumed")).toBe("applies");
  });

  it("Art. 18: where the applicable law keeps liability despite the development risk, the defence fails", () => {
    const r = assess(
      { ...BASE, development_risk_defence_excluded: true },
      courtFact("defence_development_risk"),
    );
    expect(r.outcome("exempted")).toBe("does_not_apply");
    expect(r.row.presumption).toBe("applies");
  });

  it("Art. 11(2): the 'defect arose later' defence fails for software in the manufacturer's control", () => {
    const later = { legal_facts: { defence_defect_arose_later: true } };
    expect(assess(BASE, later).outcome("exempted")).toBe("does_not_apply");
    const outsideControl = {
      legal_facts: { defence_defect_arose_later: true, software_defect_within_control: false },
    };
    expect(assess(BASE, outsideControl).outcome("exempted")).toBe("applies");
  });

  it("an accepted rebuttal of the presumed defect (Art. 10(5)) defeats it and the presumption", () => {
    const noDefect = { ...BASE, defect_established: null };
    const rebuttal = {
      id: "reb-1",
      ruleset_id: "eu-pld-2024",
      condition_id: "defect_presumed",
      accepted: true,
    };
    const r = assess(noDefect, { disclosure_orders: [missedOrder], rebuttals: [rebuttal] });
    expect(r.outcome("defect_presumed")).toBe("does_not_apply");
    expect(r.row.presumption).toBe("does_not_apply");
    expect(r.row.rebutted).toBe(true);
  });

  it("the distributor answers only after failing to identify a Union operator within a month (Art. 8(3))", () => {
    expect(assess(BASE, {}, "distributor").row.presumption).toBe("insufficient_information");
    expect(assess(BASE, courtFact("distributor_failed_to_identify"), "distributor").row.presumption).toBe(
      "applies",
    );
    expect(
      assess(BASE, courtFact("distributor_failed_to_identify", false), "distributor").row.presumption,
    ).toBe("does_not_apply");
  });

  it("Art. 13(2): the injured person's fault is flagged as a possible reduction, not an exemption", () => {
    const r = assess({ ...BASE, injured_person_fault: true });
    expect(r.outcome("reduction_possible")).toBe("applies");
    expect(r.row.presumption).toBe("applies");
  });
});

describe("PLD v3: the product's non-compliance counts against every operator", () => {
  it("the manufacturer's breach of a binding requirement presumes the defect for the importer too (Art. 10(2)(b))", () => {
    const input: CausalityInput = {
      ruleset: pld as NonNullable<typeof pld>,
      evaluated_at: EVALUATED,
      incident: incident({ ...BASE, defect_established: null }),
      catalog: { ...catalog, requirements: [AIA_10] },
      actors: [
        actor("provider", { instrument_role: "manufacturer", obligations: [breached(AIA_10.code)] }),
        {
          ...actor("provider", { actor_id: "importer-1", instrument_role: "importer" }),
          role_in_chain: "supply_chain",
        },
      ],
    };
    const [maker, importer] = evaluateCausality(input);
    for (const row of [maker, importer]) {
      expect(row?.conditions.find((c) => c.id === "art10_2_b_mandatory_requirement")?.result).toBe("met");
      expect(row?.presumption).toBe("applies");
    }
  });
});

describe("PLD v3 regressions (issue 12, 'what is wrong today')", () => {
  it("Art. 10(2)(b) needs a MANDATORY requirement: a breached WHO recommendation does not satisfy it", () => {
    const noDefect = { ...BASE, defect_established: null, obvious_malfunction: false };
    const who = assess(noDefect, { obligations: [breached("PROV_REGULATORY_APPROVAL")] });
    expect(who.row.conditions.find((c) => c.id === "art10_2_b_mandatory_requirement")?.result).not.toBe(
      "met",
    );
    expect(who.outcome("defect_presumed")).not.toBe("applies");
  });

  it("Art. 6 damage is not built from self-reported severity", () => {
    const r = assess({
      ...BASE,
      damage_personal_injury: null,
      severity: "life_threatening",
      event_type: "serious_injury",
    });
    expect(r.outcome("damage")).toBe("insufficient_information");
  });

  it("Art. 10(4): excessive difficulty plus a risk list is not a showing of likelihood", () => {
    const r = assess({
      ...BASE,
      defect_established: null,
      excessive_difficulty: true,
      risk_codes: ["R_FALSE_INFO"],
    });
    expect(r.outcome("defect_presumed")).not.toBe("applies");
    expect(r.row.presumption).not.toBe("applies");
    const likely = assess({
      ...BASE,
      defect_established: null,
      excessive_difficulty: true,
      likely_defect_or_causation: true,
    });
    expect(likely.outcome("defect_presumed")).toBe("applies");
    expect(likely.outcome("causal_link_presumed")).toBe("applies");
  });

  it("Art. 10(3) follows an established defect (Art. 7), not only a 10(2) presumption", () => {
    const r = assess({ ...BASE, obvious_malfunction: false });
    expect(r.outcome("defect_presumed")).not.toBe("applies");
    expect(r.outcome("causal_link_presumed")).toBe("applies");
  });

  it("defect and causal link are separate results, each with its citation", () => {
    const { row } = assess(BASE);
    const ids = (row.outcomes ?? []).map((o) => [o.id, o.citation]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ["defect_presumed", "Directive (EU) 2024/2853 Art. 10(2), 10(4)"],
        ["causal_link_presumed", "Directive (EU) 2024/2853 Art. 10(3), 10(4)"],
      ]),
    );
  });

  it("a regulator's fact feeding only a side outcome (the recall) does not make the result provisional", () => {
    const sources = {
      damage_personal_injury: { id: "lf-1", decided_by: "court" },
      defect_established: { id: "lf-2", decided_by: "court" },
      recall_or_withdrawal: { id: "lf-3", decided_by: "regulator" },
    };
    const r = assess({ ...BASE, recall_or_withdrawal: true, fact_sources: sources });
    expect(r.outcome("recall_recorded")).toBe("applies");
    expect(r.row.provisional).toBe(false);
  });

  it("a whole-presumption rebuttal settles it as not applying, but 'rebutted' only if it applied before", () => {
    const whole = {
      id: "reb-2",
      ruleset_id: "eu-pld-2024",
      condition_id: "art10_5_rebuttal",
      accepted: true,
    };
    const undecided = assess({ ...BASE, damage_personal_injury: null }, { rebuttals: [whole] });
    expect(undecided.row).toMatchObject({ presumption: "does_not_apply", rebutted: false });
    expect(assess(BASE, { rebuttals: [whole] }).row).toMatchObject({
      presumption: "does_not_apply",
      rebutted: true,
    });
  });

  it("a result resting on a regulator's fact (not a court's) is provisional", () => {
    const sources = {
      damage_personal_injury: { id: "lf-1", decided_by: "regulator" },
      defect_established: { id: "lf-2", decided_by: "court" },
    };
    expect(assess({ ...BASE, fact_sources: sources }).row.provisional).toBe(true);
    const court = {
      damage_personal_injury: { id: "lf-1", decided_by: "court" },
      defect_established: { id: "lf-2", decided_by: "court" },
    };
    expect(assess({ ...BASE, fact_sources: court }).row.provisional).toBe(false);
  });
});
