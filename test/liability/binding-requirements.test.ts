import { describe, expect, it } from "vitest";
import requirementsJson from "../../law/binding-requirements.json" with { type: "json" };
import { catalog as catalogJson } from "../../src/modules/catalog";
import type { ActorFacts, CausalityInput, IncidentFacts } from "../../src/modules/liability";
import { CATALOG_FACTS, evaluateCausality, parseRuleset } from "../../src/modules/liability";
import {
  BINDING_REQUIREMENTS,
  isBindingRequirement,
  parseBindingRequirements,
} from "../../src/modules/liability/domain/binding-requirements";
import { createActor } from "../helpers/factories";
import { createTestApp } from "../helpers/harness";
import { fileOn, lawApp, lawProduct } from "../helpers/law-world";
import { actor, catalog, EVALUATED, incident } from "./causality-fixtures";

/**
 * Issue 12 item 1: binding requirements (AI Act, MDR) as cited data. Findings may cite them; only they
 * satisfy requirement_non_compliance (PLD Art. 10(2)(b), AILD Art. 4(2)); WHO obligations do not.
 */

const finding = (body: Record<string, unknown>) => ({
  obligation_code: "AIA_ART_10_DATA_GOVERNANCE",
  result: "breached",
  basis: "Market surveillance audit of the training data",
  decided_at: "2026-05-01T00:00:00Z",
  ...body,
});

describe("the binding-requirements catalog", () => {
  it("is served publicly, with its note, every code cited to its instrument", async () => {
    const t = await createTestApp();
    const res = await t.call("GET", "/v1/binding-requirements");
    expect(res.status).toBe(200);
    expect(res.json.note).toMatch(/registry's reading/);
    expect(res.json.note).toMatch(/a court decides/);
    const codes = res.json.data.map((r: any) => r.code);
    expect(codes).toEqual(BINDING_REQUIREMENTS.map((r) => r.code));
    for (const code of [
      "AIA_ART_9_RISK_MANAGEMENT",
      "AIA_ART_10_DATA_GOVERNANCE",
      "AIA_ART_11_TECHNICAL_DOCUMENTATION",
      "AIA_ART_12_RECORD_KEEPING",
      "AIA_ART_13_TRANSPARENCY",
      "AIA_ART_14_HUMAN_OVERSIGHT",
      "AIA_ART_15_ACCURACY_ROBUSTNESS_CYBERSECURITY",
      "AIA_ART_17_QUALITY_MANAGEMENT",
      "AIA_ART_20_CORRECTIVE_ACTIONS",
      "AIA_ART_26_DEPLOYER_OBLIGATIONS",
      "AIA_ART_72_POST_MARKET_MONITORING",
      "AIA_ART_73_SERIOUS_INCIDENT_REPORTING",
      "MDR_ANNEX_I_1_8_GENERAL",
      "MDR_ANNEX_I_17_ELECTRONIC_PROGRAMMABLE_SYSTEMS_SOFTWARE",
      "MDR_ANNEX_I_23_LABEL_AND_INSTRUCTIONS",
    ]) {
      expect(codes).toContain(code);
    }
    expect(res.json.data.find((r: any) => r.code === "AIA_ART_10_DATA_GOVERNANCE")).toMatchObject({
      instrument: "Regulation (EU) 2024/1689",
      citation: "Art. 10",
      title: "Data and data governance",
      duty_bearers: ["provider"],
    });
    expect(res.json.data.find((r: any) => r.code === "AIA_ART_26_DEPLOYER_OBLIGATIONS").duty_bearers).toEqual(
      ["deployer"],
    );
    for (const r of res.json.data) {
      expect(["Regulation (EU) 2024/1689", "Regulation (EU) 2017/745"]).toContain(r.instrument);
    }
  });

  it("names only catalog risks, shares no code with a WHO obligation, and reaches the engine", () => {
    const risks = new Set(catalogJson.risks.map((r) => r.code));
    const who = new Set(catalogJson.obligations.map((o) => o.code));
    for (const r of BINDING_REQUIREMENTS) {
      expect(
        r.risks.filter((x) => !risks.has(x)),
        r.code,
      ).toEqual([]);
      expect(who.has(r.code), r.code).toBe(false);
    }
    expect(CATALOG_FACTS.requirements?.map((r) => r.code)).toEqual(BINDING_REQUIREMENTS.map((r) => r.code));
    expect(isBindingRequirement("AIA_ART_10_DATA_GOVERNANCE")).toBe(true);
    expect(isBindingRequirement("DEV_DATA_GOVERNANCE_BIAS_MITIGATION")).toBe(false);
  });

  it("refuses a malformed file with the field path", () => {
    const duplicate = structuredClone(requirementsJson) as any;
    duplicate.requirements[1].code = duplicate.requirements[0].code;
    expect(() => parseBindingRequirements(duplicate, "x.json")).toThrow(
      /"x\.json": requirements\.1\.code: duplicate AIA_ART_9_RISK_MANAGEMENT/,
    );
    const role = structuredClone(requirementsJson) as any;
    role.requirements[2].duty_bearers = ["manufacturer"];
    expect(() => parseBindingRequirements(role, "x.json")).toThrow(/requirements\.2\.duty_bearers\.0/);
  });
});

describe("findings citing a binding requirement", () => {
  it("stores and returns a finding on AIA_ART_10_DATA_GOVERNANCE", async () => {
    const t = await createTestApp();
    const provider = await createActor(t, { roles: ["provider"] });
    const res = await t.call("POST", "/v1/findings", {
      as: "regulator",
      body: finding({ actor_id: provider.id }),
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      actor_id: provider.id,
      obligation_code: "AIA_ART_10_DATA_GOVERNANCE",
      result: "breached",
    });
    const listed = await t.call("GET", "/v1/findings?obligation_code=AIA_ART_10_DATA_GOVERNANCE");
    expect(listed.status).toBe(200);
    expect(listed.json.data.map((f: any) => f.id)).toEqual([res.json.id]);
  });

  it("still accepts a WHO obligation, and refuses an unknown code on obligation_code", async () => {
    const t = await createTestApp();
    const provider = await createActor(t, { roles: ["provider"] });
    const who = await t.call("POST", "/v1/findings", {
      as: "regulator",
      body: finding({ actor_id: provider.id, obligation_code: "DEV_PREMORTEM_RED_TEAM" }),
    });
    expect(who.status, who.text).toBe(201);
    const bad = await t.call("POST", "/v1/findings", {
      as: "regulator",
      body: finding({ actor_id: provider.id, obligation_code: "AIA_ART_99_NOPE" }),
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([expect.objectContaining({ path: "obligation_code" })]);
  });

  it("a binding finding satisfies PLD Art. 10(2)(b) through the causality route; a WHO one does not", async () => {
    const t = await lawApp("2028-03-01T12:00:00Z");
    const w = await lawProduct(t, { markets: [{ territory: "EU", placed_at: "2027-06-01T08:00:00Z" }] });
    const inc = await fileOn(t, w.product.id, {
      occurred_at: "2028-02-01T09:00:00Z",
      country: "DE",
      deployment_id: w.deployment.id,
      risk_codes: ["R_FALSE_INFO"],
    });
    const art10_2_b = async () => {
      const res = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-pld-2024`, {
        as: "regulator",
      });
      expect(res.status, res.text).toBe(200);
      const row = res.json.assessments.find((r: any) => r.actor_id === w.prov.id);
      return row?.conditions.find((c: any) => c.id === "art10_2_b_mandatory_requirement");
    };
    const record = async (obligation_code: string) => {
      const res = await t.call("POST", "/v1/findings", {
        as: "regulator",
        body: finding({ actor_id: w.prov.id, obligation_code, decided_at: "2028-02-20T10:00:00Z" }),
      });
      expect(res.status, res.text).toBe(201);
      return res.json.id as string;
    };
    expect((await art10_2_b())?.result).toBe("unknown");
    await record("DEV_DATA_GOVERNANCE_BIAS_MITIGATION");
    expect((await art10_2_b())?.result).toBe("unknown");
    const id = await record("AIA_ART_10_DATA_GOVERNANCE");
    const met = await art10_2_b();
    expect(met?.result).toBe("met");
    expect(met?.basis).toContainEqual(
      expect.objectContaining({ type: "finding", ref: id, obligation_code: "AIA_ART_10_DATA_GOVERNANCE" }),
    );
  });
});

describe("requirement_non_compliance in the engine", () => {
  const ruleset = parseRuleset(
    {
      id: "binding-test",
      version: 1,
      title: "Binding requirements only",
      jurisdiction: "EU",
      status: "test",
      source: { instrument: "Directive (EU) 2024/2853", citation: "Art. 10(2)(b)" },
      applicability: { tests: [] },
      rebuttal: { id: "rebuttal", citation: "Art. 10(5)", text: "Rebutted." },
      conditions: [
        {
          id: "mandatory_requirement",
          kind: "requirement_non_compliance",
          citation: "Art. 10(2)(b)",
          text: "Non-compliance with a mandatory requirement protecting against the damage.",
          restrict_to_incident_risks: true,
        },
      ],
      roles: { provider: { presumption: "mandatory_requirement" } },
    },
    "binding-test.json",
  );
  const REQS = [
    {
      code: "AIA_ART_10_DATA_GOVERNANCE",
      instrument: "Regulation (EU) 2024/1689",
      citation: "Art. 10",
      duty_bearers: ["provider"],
      risks: ["R_FALSE_INFO", "R_BIAS"],
    },
    {
      code: "AIA_ART_15_ACCURACY_ROBUSTNESS_CYBERSECURITY",
      instrument: "Regulation (EU) 2024/1689",
      citation: "Art. 15",
      duty_bearers: ["provider"],
      risks: ["R_FALSE_INFO", "R_CYBERSECURITY"],
    },
    {
      code: "AIA_ART_11_TECHNICAL_DOCUMENTATION",
      instrument: "Regulation (EU) 2024/1689",
      citation: "Art. 11",
      duty_bearers: ["provider"],
      risks: ["R_OPACITY"],
    },
  ];
  const OLD = "2025-06-01T00:00:00Z";
  const evidence = (code: string, outcome: "breach" | "met") => ({
    code,
    attestations: [],
    findings: [{ id: `f-${code}`, outcome, effective_from: OLD, recorded_at: OLD }],
  });
  const assess = (obligations: ActorFacts["obligations"], inc: Partial<IncidentFacts> = {}) => {
    const input: CausalityInput = {
      ruleset,
      evaluated_at: EVALUATED,
      incident: incident({ risk_codes: ["R_FALSE_INFO"], ...inc }),
      catalog: { ...catalog, requirements: REQS },
      actors: [actor("provider", { obligations })],
    };
    const [row] = evaluateCausality(input);
    const c = row?.conditions.find((x) => x.id === "mandatory_requirement");
    if (!c) throw new Error("condition not assessed");
    return c;
  };

  it("is met on a breach finding of a requirement that protects against the incident's risk", () => {
    const c = assess([evidence("AIA_ART_10_DATA_GOVERNANCE", "breach")]);
    expect(c.result).toBe("met");
    expect(c.basis).toEqual([
      { type: "finding", ref: "f-AIA_ART_10_DATA_GOVERNANCE", obligation_code: "AIA_ART_10_DATA_GOVERNANCE" },
    ]);
  });

  it("is not met when every relevant requirement was found met", () => {
    const c = assess([
      evidence("AIA_ART_10_DATA_GOVERNANCE", "met"),
      evidence("AIA_ART_15_ACCURACY_ROBUSTNESS_CYBERSECURITY", "met"),
    ]);
    expect(c.result).toBe("not_met");
  });

  it("ignores a breach of a requirement that does not protect against this risk", () => {
    const c = assess([
      evidence("AIA_ART_11_TECHNICAL_DOCUMENTATION", "breach"),
      evidence("AIA_ART_10_DATA_GOVERNANCE", "met"),
      evidence("AIA_ART_15_ACCURACY_ROBUSTNESS_CYBERSECURITY", "met"),
    ]);
    expect(c.result).toBe("not_met");
  });

  it("is unknown when nothing is recorded", () => {
    expect(assess([]).result).toBe("unknown");
  });

  it("is not satisfied by a WHO obligation breach", () => {
    const whoCode = "DEV_DATA_GOVERNANCE_BIAS_MITIGATION";
    expect(catalog.obligations.some((o) => o.code === whoCode)).toBe(true);
    const c = assess([evidence(whoCode, "breach")]);
    expect(c.result).toBe("unknown");
    expect(c.basis.some((b) => b.obligation_code === whoCode)).toBe(false);
  });
});
