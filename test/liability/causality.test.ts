import { describe, expect, it } from "vitest";
import { actor, attested, breached, missedOrder, result, run } from "./causality-fixtures";

describe("golden scenarios", () => {
  it("(a) developer without red-team / pre-release evaluation attestation, R_FALSE_INFO: the WHO §5.2 reading applies", () => {
    const [a] = run("who-2024-reversed-burden", [actor("developer")]);
    expect(a?.presumption).toBe("applies");
    const cond = a?.conditions.find((c) => c.id === "s4_2_pre_release_evaluation_not_shown");
    expect(cond?.result).toBe("met");
    expect(cond?.basis).toContainEqual({
      type: "missing_attestation",
      ref: "DEV_PREMORTEM_RED_TEAM",
      obligation_code: "DEV_PREMORTEM_RED_TEAM",
    });
    expect(a?.explanation).toMatch(/presumption applies for developer developer-1/);
  });

  it("(b) deployer that attested fit-for-setting and human oversight: its conditions are not met", () => {
    const dep = actor("deployer", {
      obligations: attested("DEPL_FIT_FOR_SETTING", "DEPL_HUMAN_IN_THE_LOOP"),
    });
    const [a] = run("who-2024-reversed-burden", [dep]);
    expect(result(a!, "s6_3_unsuitable_setting")).toBe("not_met");
    expect(result(a!, "s5_2_no_human_in_the_loop")).toBe("not_met");
    expect(a?.presumption).toBe("does_not_apply");
    const [aild] = run("eu-aild-2022", [dep]);
    expect(result(aild!, "art4_3_b_irrelevant_input_data")).toBe("not_met");
  });

  it("(c) missed disclosure order: AILD Art. 3(5) presumed non-compliance and PLD Art. 10(2)(a) presumed defect", () => {
    const prov = actor("provider", { disclosure_orders: [missedOrder] });
    const [aild] = run("eu-aild-2022", [prov], {
      fault_causal_link_likely: true,
      output_caused_damage: true,
    });
    expect(result(aild!, "art3_5_disclosure_order_missed")).toBe("met");
    expect(aild?.outcomes?.find((o) => o.id === "art3_5_non_compliance_presumed")?.result).toBe("applies");
    expect(aild?.presumption).toBe("applies");
    // PLD v3 also needs the damage a court found (Art. 6); the harm is typical of the defect (10(3)).
    const [pld] = run("eu-pld-2024", [prov], { damage_personal_injury: true });
    expect(result(pld!, "art10_2_a_failure_to_disclose")).toBe("met");
    expect(pld?.conditions.find((c) => c.id === "art10_2_a_failure_to_disclose")?.basis).toEqual([
      { type: "disclosure_order", ref: "ord-1" },
    ]);
    expect(pld?.presumption).toBe("applies");
  });

  it("(e) an accepted rebuttal of the decisive condition flips the outcome", () => {
    const dev = actor("developer", { obligations: [breached("DEV_PREMORTEM_RED_TEAM")] });
    const court = { fault_causal_link_likely: true, output_caused_damage: true };
    const [before] = run("eu-aild-2022", [dev], court);
    expect(before?.presumption).toBe("applies");
    expect(before?.rebutted).toBe(false);
    const rebuttal = {
      id: "reb-1",
      ruleset_id: "eu-aild-2022",
      condition_id: "art4_1_a_duty_of_care_breach",
      accepted: true,
    };
    const [after] = run("eu-aild-2022", [{ ...dev, rebuttals: [rebuttal] }], court);
    expect(after?.rebutted).toBe(true);
    expect(after?.presumption).toBe("does_not_apply");
    const cond = after?.conditions.find((c) => c.id === "art4_1_a_duty_of_care_breach");
    expect(cond?.result).toBe("not_met");
    expect(cond?.basis[0]).toEqual({ type: "rebuttal", ref: "reb-1" });
    expect(after?.explanation).toMatch(
      /rebutted \(COM\(2022\) 496 Art\. 4\(7\)\) by accepted rebuttal reb-1/,
    );
  });
});

describe("determinism", () => {
  it("same input gives deep-equal output, independent of row order, without mutating the input", () => {
    const obligations = [
      breached("DEV_PREMORTEM_RED_TEAM"),
      ...attested("DEV_DATA_CURRENCY", "PROV_IMPACT_ASSESSMENT"),
    ];
    const orders = [missedOrder, { id: "ord-0", due_at: "2026-01-20T00:00:00Z", answered_at: null }];
    const actors = [actor("developer", { obligations, disclosure_orders: orders }), actor("deployer")];
    const snapshot = structuredClone(actors);
    const first = run("eu-aild-2022", actors);
    expect(run("eu-aild-2022", actors)).toEqual(first);
    expect(actors).toEqual(snapshot);
    const reordered = [
      actor("developer", {
        obligations: [...obligations].reverse(),
        disclosure_orders: [...orders].reverse(),
      }),
      actor("deployer"),
    ];
    expect(run("eu-aild-2022", reordered)).toEqual(first);
    expect(run("eu-aild-2022", actors, { risk_codes: ["R_TOXIC_CONTENT", "R_FALSE_INFO"] })).toEqual(
      run("eu-aild-2022", actors, { risk_codes: ["R_FALSE_INFO", "R_TOXIC_CONTENT"] }),
    );
  });
});
