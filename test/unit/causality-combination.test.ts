import { describe, expect, it } from "vitest";
import catalogJson from "../../src/db/catalog.json";
import { loadBundledRulesets } from "../../src/domain/causality/bundled";
import { evaluateCausality } from "../../src/domain/causality/evaluate";
import type {
  ActorFacts,
  CatalogFacts,
  CausalityInput,
  IncidentFacts,
} from "../../src/domain/causality/types";

const catalog: CatalogFacts = catalogJson;
const rulesets = loadBundledRulesets();
const OCCURRED = "2026-01-10T09:00:00Z";
const EVALUATED = "2026-03-01T00:00:00Z";

function incident(patch: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    id: "inc-1",
    occurred_at: OCCURRED,
    risk_codes: ["R_FALSE_INFO"],
    event_type: "injury",
    severity: "moderate",
    outcome: "recovering",
    product_high_risk: true,
    ...patch,
  };
}

function actor(role: ActorFacts["role_in_chain"], patch: Partial<ActorFacts> = {}): ActorFacts {
  return {
    actor_id: `${role}-1`,
    role_in_chain: role,
    obligations: [],
    disclosure_orders: [],
    disclosures: [],
    rebuttals: [],
    ...patch,
  };
}

const attested = (...codes: string[]) =>
  codes.map((code) => ({
    code,
    attestations: [
      { id: `att-${code}`, effective_from: "2025-06-01T00:00:00Z", recorded_at: "2025-06-01T00:00:00Z" },
    ],
    findings: [],
  }));

const breached = (code: string) => ({
  code,
  attestations: [],
  findings: [
    {
      id: `fnd-${code}`,
      outcome: "breach" as const,
      effective_from: "2025-01-01T00:00:00Z",
      recorded_at: "2026-02-01T00:00:00Z",
    },
  ],
});

function run(rulesetId: string, actors: ActorFacts[], inc: Partial<IncidentFacts> = {}) {
  const ruleset = rulesets.get(rulesetId);
  if (!ruleset) throw new Error(rulesetId);
  const input: CausalityInput = {
    ruleset,
    evaluated_at: EVALUATED,
    incident: incident(inc),
    catalog,
    actors,
  };
  return evaluateCausality(input);
}

const result = (a: ReturnType<typeof run>[number], id: string) =>
  a.conditions.find((c) => c.id === id)?.result;
const missedOrder = { id: "ord-1", due_at: "2026-02-01T00:00:00Z", answered_at: null };

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
    const [a] = run("eu-aild-2022", [{ ...dev, rebuttals: [reb({})] }]);
    expect(a).toMatchObject({ rebutted: true, presumption: "does_not_apply" });
  });

  it("pending, rejected, other-ruleset and out-of-role rebuttals change nothing", () => {
    for (const r of [
      reb({ accepted: null }),
      reb({ accepted: false }),
      reb({ ruleset_id: "eu-pld-2024" }),
      reb({ condition_id: "art4_3_a_use_or_monitoring" }),
    ]) {
      const [a] = run("eu-aild-2022", [{ ...dev, rebuttals: [r] }]);
      expect(a).toMatchObject({ rebutted: false, presumption: "applies" });
    }
  });

  it("rebutting one of several independent grounds leaves the presumption standing", () => {
    const r = {
      id: "reb-2",
      ruleset_id: "who-2024",
      condition_id: "s4_2_pre_release_evaluation_not_shown",
      accepted: true,
    };
    const [a] = run("who-2024", [actor("developer", { rebuttals: [r] })]);
    expect(result(a!, "s4_2_pre_release_evaluation_not_shown")).toBe("not_met");
    expect(a).toMatchObject({ rebutted: false, presumption: "applies" });
    expect(a?.explanation).toMatch(/did not change the outcome/);
  });
});

describe("combination logic", () => {
  const dev = actor("developer", { obligations: [breached("DEV_PREMORTEM_RED_TEAM")] });

  it("AILD high-risk: Art. 4(4) accessible evidence excludes the presumption; unrecorded counts as not shown", () => {
    expect(run("eu-aild-2022", [dev], { evidence_reasonably_accessible: null })[0]?.presumption).toBe(
      "applies",
    );
    expect(run("eu-aild-2022", [dev], { evidence_reasonably_accessible: true })[0]?.presumption).toBe(
      "does_not_apply",
    );
  });

  it("AILD non-high-risk: only with excessive difficulty (Art. 4(5))", () => {
    const nhr = { product_high_risk: false };
    expect(run("eu-aild-2022", [dev], { ...nhr, excessive_difficulty: true })[0]?.presumption).toBe(
      "applies",
    );
    expect(run("eu-aild-2022", [dev], { ...nhr, excessive_difficulty: false })[0]?.presumption).toBe(
      "does_not_apply",
    );
    expect(run("eu-aild-2022", [dev], nhr)[0]?.presumption).toBe("insufficient_information");
  });

  it("AILD: no damage means no presumption; no recorded fault means insufficient information", () => {
    expect(run("eu-aild-2022", [dev], { event_type: "near_miss", severity: "none" })[0]?.presumption).toBe(
      "does_not_apply",
    );
    expect(run("eu-aild-2022", [actor("developer")])[0]?.presumption).toBe("insufficient_information");
  });

  it("PLD: Art. 10(4) excessive difficulty carries a likely causal link without a proven defect", () => {
    const prov = actor("provider");
    expect(run("eu-pld-2024", [prov])[0]?.presumption).toBe("insufficient_information");
    expect(run("eu-pld-2024", [prov], { excessive_difficulty: true })[0]?.presumption).toBe("applies");
    const malfunction = { obvious_malfunction: true, normal_use: true };
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

  it("WHO: the whole value chain is assessed, each actor on its own duties", () => {
    const all = catalog.obligations.map((o) => o.code);
    const out = run("who-2024", [
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
