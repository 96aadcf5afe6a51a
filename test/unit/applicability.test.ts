import { describe, expect, it } from "vitest";
import aild from "../../rulesets/eu-aild-2022.json" with { type: "json" };
import pldJson from "../../rulesets/eu-pld-2024.json" with { type: "json" };
import who from "../../rulesets/who-2024.json" with { type: "json" };
import {
  type ApplicabilityFacts,
  type ApplicabilityProduct,
  evaluateApplicability,
  type ProfileFact,
} from "../../src/domain/law/applicability";
import { ApplicabilitySchema } from "../../src/domain/law/applicability-schema";
import { REPORTING_RULESETS } from "../../src/modules/incidents";

/**
 * The law-applicability engine (issue 11) against the real applicability blocks of the bundled rulesets:
 * the Product Liability Directive 2024/2853 and AI Act Art. 73 (v1 as adopted, v2 as amended). Every
 * expected outcome is read off the provisions, not off the engine.
 */

const PLD = ApplicabilitySchema.parse(pldJson.applicability);
const AILD = ApplicabilitySchema.parse(aild.applicability);
const WHO = ApplicabilitySchema.parse(who.applicability);

function block(id: string, version: number) {
  const rs = REPORTING_RULESETS.find((r) => r.id === id && r.version === version);
  if (!rs) throw new Error(`ruleset ${id} v${version} is not registered`);
  return rs.applicability;
}
const ART73_V1 = block("eu-ai-act-art73", 1);
const ART73_V2 = block("eu-ai-act-art73", 2);

const fact = <T>(value: T, over: Partial<ProfileFact<T>> = {}): ProfileFact<T> => ({
  value,
  qualifier: null,
  decided_by: "provider",
  fact_id: "f-1",
  ...over,
});

type Market = ApplicabilityProduct["markets"][number];
const placed = (placed_at: string, over: Partial<Market> = {}): Market => ({
  territory: "DE",
  placed_at,
  decided_by: "provider",
  fact_id: "m-1",
  ...over,
});

function product(over: Partial<ApplicabilityProduct> = {}): ApplicabilityProduct {
  return {
    markets: [],
    ai_act_risk_class: null,
    medical_device: null,
    open_source: null,
    commercial_activity: null,
    us_fda_device: null,
    ...over,
  };
}

const facts = (country: string, occurred_at: string, p: ApplicabilityProduct | null): ApplicabilityFacts => ({
  incident: { country, occurred_at },
  product: p,
});

const reason = (r: ReturnType<typeof evaluateApplicability>, code: string) => {
  const found = r.reasons.find((x) => x.code === code);
  if (!found) throw new Error(`no reason ${code} in ${r.reasons.map((x) => x.code).join(", ")}`);
  return found;
};

describe("Product Liability Directive 2024/2853", () => {
  const HARM = "2027-06-01T10:00:00.000Z";
  const pldFor = (country: string, p: ApplicabilityProduct | null) =>
    evaluateApplicability(PLD, facts(country, HARM, p));

  it("does not apply to harm outside the Union (Kenya)", () => {
    const r = pldFor("KE", product({ markets: [placed("2027-01-15T00:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "harm_in_union")).toMatchObject({ outcome: false, basis: "incident_record" });
    expect(r.governed_instead_by).toBeUndefined();
  });

  it("lists a reason for every test, in file order, with each test's citation", () => {
    const r = pldFor("DE", product({ markets: [placed("2027-01-15T00:00:00.000Z")] }));
    expect(r.reasons.map((x) => [x.code, x.citation])).toEqual([
      ["harm_in_union", "Directive (EU) 2024/2853 Art. 1; Regulation (EC) No 864/2007 (Rome II) Art. 5"],
      [
        "placed_after_8_december_2026",
        "Directive (EU) 2024/2853 Art. 2(1), as corrected by corrigendum OJ L 2026/90364",
      ],
      ["open_source_outside_commerce", "Directive (EU) 2024/2853 Art. 2(2) and recital 14"],
    ]);
  });

  it("a product placed on 1 March 2026 is governed instead by Directive 85/374/EEC (Art. 21)", () => {
    const r = pldFor("DE", product({ markets: [placed("2026-03-01T09:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "placed_after_8_december_2026").outcome).toBe(false);
    expect(r.governed_instead_by).toEqual({
      instrument: "Council Directive 85/374/EEC",
      citation: "Directive (EU) 2024/2853 Art. 21, second sentence",
    });
  });

  it("a product placed on 15 January 2027 is covered", () => {
    const r = pldFor("DE", product({ markets: [placed("2027-01-15T08:00:00.000Z")] }));
    expect(r.applies).toBe(true);
    expect(r.reasons.map((x) => x.outcome)).toEqual([true, true, true]);
    expect(r.governed_instead_by).toBeUndefined();
  });

  it("the corrigendum closes the 9 December gap: placed on 9 December (local day) is covered, on 8 December is not", () => {
    // 23:30 UTC on 8 December is 00:30 on 9 December in Brussels (CET, +01:00): after 8 December, covered.
    const ninth = pldFor(
      "BE",
      product({ markets: [placed("2026-12-08T23:30:00.000Z", { territory: "BE" })] }),
    );
    expect(ninth.applies).toBe(true);
    // Noon on 9 December in Berlin: covered.
    expect(pldFor("DE", product({ markets: [placed("2026-12-09T11:00:00.000Z")] })).applies).toBe(true);
    // 22:30 UTC on 8 December is 23:30 on 8 December in Berlin: before 9 December, so 85/374/EEC.
    const before = pldFor("DE", product({ markets: [placed("2026-12-08T22:30:00.000Z")] }));
    expect(before.applies).toBe(false);
    expect(before.governed_instead_by?.instrument).toBe("Council Directive 85/374/EEC");
    // A placement recorded for the EU as a whole is dated in the harm country's zone (Berlin here).
    const eu = pldFor("DE", product({ markets: [placed("2026-12-08T23:30:00.000Z", { territory: "EU" })] }));
    expect(eu.applies).toBe(true);
  });

  it("the earliest placement on the Union market counts", () => {
    const r = pldFor(
      "FR",
      product({
        markets: [
          placed("2027-02-01T00:00:00.000Z", { territory: "FR", fact_id: "m-fr" }),
          placed("2026-05-01T00:00:00.000Z", { territory: "IT", fact_id: "m-it" }),
          placed("2025-01-01T00:00:00.000Z", { territory: "US", fact_id: "m-us" }),
        ],
      }),
    );
    expect(r.applies).toBe(false);
    expect(reason(r, "placed_after_8_december_2026")).toMatchObject({ outcome: false, fact_id: "m-it" });
  });

  it("no placement recorded (or no product) leaves it unknown", () => {
    const none = pldFor("DE", product());
    expect(none.applies).toBe("unknown");
    expect(reason(none, "placed_after_8_december_2026")).toMatchObject({
      outcome: "unknown",
      basis: "not_recorded",
    });
    expect(
      pldFor("DE", product({ markets: [placed("2027-01-15T00:00:00.000Z", { territory: "US" })] })).applies,
    ).toBe("unknown");
    expect(pldFor("DE", null).applies).toBe("unknown");
  });

  it("a placement after the harm occurred does not count", () => {
    const r = pldFor("DE", product({ markets: [placed("2027-07-01T00:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "placed_after_8_december_2026").text).toMatch(/after the harm occurred/);
  });

  it("false wins over unknown: harm outside the Union with no placement recorded", () => {
    expect(pldFor("KE", product()).applies).toBe(false);
  });

  it("excludes open-source software supplied outside a commercial activity (Art. 2(2))", () => {
    const r = pldFor(
      "DE",
      product({
        markets: [placed("2027-01-15T00:00:00.000Z")],
        open_source: fact(true, { decided_by: "developer", fact_id: "os-1" }),
        commercial_activity: fact(false, { decided_by: "developer", fact_id: "ca-1" }),
      }),
    );
    expect(r.applies).toBe(false);
    expect(reason(r, "open_source_outside_commerce")).toMatchObject({
      outcome: false,
      basis: "developer_declaration",
    });
    expect(r.governed_instead_by).toBeUndefined();
  });

  it("open source supplied in a commercial activity is not excluded, on the commercial-activity fact", () => {
    const r = pldFor(
      "DE",
      product({
        markets: [placed("2027-01-15T00:00:00.000Z")],
        open_source: fact(true, { decided_by: "developer" }),
        commercial_activity: fact(true, { decided_by: "regulator" }),
      }),
    );
    expect(r.applies).toBe(true);
    expect(reason(r, "open_source_outside_commerce")).toMatchObject({ outcome: true, basis: "regulator" });
  });

  it("an unrecorded open-source status is not an exclusion: applies, on the registry's default", () => {
    const r = pldFor(
      "DE",
      product({
        markets: [placed("2027-01-15T00:00:00.000Z")],
        commercial_activity: fact(false),
      }),
    );
    expect(r.applies).toBe(true);
    expect(reason(r, "open_source_outside_commerce")).toMatchObject({
      outcome: true,
      basis: "registry_default",
    });
  });

  it("names who established the fact: a regulator, a court, or the maker's declaration", () => {
    const basis = (decided_by: string) =>
      reason(
        pldFor(
          "DE",
          product({ markets: [placed("2027-01-15T00:00:00.000Z", { decided_by, fact_id: "m-9" })] }),
        ),
        "placed_after_8_december_2026",
      );
    expect(basis("regulator")).toMatchObject({ basis: "regulator", fact_id: "m-9" });
    expect(basis("court").basis).toBe("court");
    expect(basis("provider").basis).toBe("provider_declaration");
  });
});

describe("other liability blocks", () => {
  it("the withdrawn AI Liability Directive never applies, even to harm in the Union", () => {
    const r = evaluateApplicability(AILD, facts("DE", "2027-06-01T10:00:00.000Z", null));
    expect(r.applies).toBe(false);
    expect(r.reasons.map((x) => [x.code, x.outcome])).toEqual([
      ["never_adopted", false],
      ["harm_in_union", true],
    ]);
  });

  it("WHO guidance, with no tests, applies to every incident anywhere", () => {
    expect(evaluateApplicability(WHO, facts("KE", "2020-01-01T00:00:00.000Z", null))).toEqual({
      applies: true,
      reasons: [],
    });
  });
});

describe("AI Act Art. 73, v1 (as adopted)", () => {
  const highRisk = (qualifier: string | null = "annex_iii") =>
    fact("high_risk", { qualifier, fact_id: "rc-1" });
  const system = (over: Partial<ApplicabilityProduct> = {}) =>
    product({ ai_act_risk_class: highRisk(), markets: [placed("2026-09-01T00:00:00.000Z")], ...over });
  const v1 = (occurred_at: string, p: ApplicabilityProduct | null, country = "DE") =>
    evaluateApplicability(ART73_V1, facts(country, occurred_at, p));

  it("applies to a high-risk system placed after 2 August 2026, for an incident in the Union after it", () => {
    const r = v1("2026-10-01T10:00:00.000Z", system());
    expect(r.applies).toBe(true);
    expect(r.reasons.map((x) => [x.code, x.outcome])).toEqual([
      ["incident_in_union", true],
      ["high_risk", true],
      ["placed_on_union_market", true],
      ["in_application", true],
    ]);
  });

  it("not to a system that is not high-risk, or whose class is unrecorded", () => {
    const notHigh = v1("2026-10-01T10:00:00.000Z", system({ ai_act_risk_class: fact("not_high_risk") }));
    expect(notHigh.applies).toBe(false);
    expect(reason(notHigh, "high_risk")).toMatchObject({ outcome: false, basis: "provider_declaration" });
    const unrecorded = v1("2026-10-01T10:00:00.000Z", system({ ai_act_risk_class: null }));
    expect(unrecorded.applies).toBe("unknown");
    expect(reason(unrecorded, "high_risk")).toMatchObject({ outcome: "unknown", basis: "not_recorded" });
  });

  it("not to an incident in April 2026, before the high-risk obligations apply (Art. 113)", () => {
    const r = v1("2026-04-15T10:00:00.000Z", system({ markets: [placed("2026-01-10T00:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "in_application")).toMatchObject({
      outcome: false,
      citation: "Regulation (EU) 2024/1689 Art. 113",
      basis: "instrument",
    });
    expect(reason(r, "in_application").text).toContain("2026-08-02");
  });

  it("an Annex I (Art. 6(1)) system only from 2 August 2027 (Art. 113(c))", () => {
    const annexI = system({ ai_act_risk_class: highRisk("annex_i") });
    const march = v1("2027-03-10T10:00:00.000Z", annexI);
    expect(march.applies).toBe(false);
    expect(reason(march, "in_application")).toMatchObject({
      outcome: false,
      citation:
        "Regulation (EU) 2024/1689 Art. 113, third paragraph, point (c): Art. 6(1) and the corresponding obligations",
    });
    expect(reason(march, "in_application").text).toContain("2027-08-02");
    expect(v1("2027-09-10T10:00:00.000Z", annexI).applies).toBe(true);
    // An Annex III system is covered in March 2027 already.
    expect(v1("2027-03-10T10:00:00.000Z", system()).applies).toBe(true);
  });

  it("an unrecorded high-risk basis leaves the months between the two dates unknown", () => {
    const noBasis = system({ ai_act_risk_class: highRisk(null) });
    const between = v1("2027-03-10T10:00:00.000Z", noBasis);
    expect(between.applies).toBe("unknown");
    expect(reason(between, "in_application")).toMatchObject({ outcome: "unknown", basis: "not_recorded" });
    expect(v1("2027-09-10T10:00:00.000Z", noBasis).applies).toBe(true);
    expect(v1("2026-04-10T10:00:00.000Z", noBasis).applies).toBe(false);
  });

  it("not to a system placed before 2 August 2026 and not changed since (Art. 111(2))", () => {
    const r = v1("2026-09-10T10:00:00.000Z", system({ markets: [placed("2026-05-01T00:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "placed_on_union_market")).toMatchObject({
      outcome: false,
      citation: "Regulation (EU) 2024/1689 Art. 73(1) and Art. 111(2)",
    });
    expect(reason(r, "in_application").outcome).toBe(true);
    expect(r.governed_instead_by).toBeUndefined();
  });

  it("not where the recorded placement came after the incident", () => {
    const r = v1("2026-09-10T10:00:00.000Z", system({ markets: [placed("2026-10-01T00:00:00.000Z")] }));
    expect(r.applies).toBe(false);
    expect(reason(r, "placed_on_union_market")).toMatchObject({ outcome: false });
    expect(reason(r, "placed_on_union_market").text).toMatch(/after the harm occurred/);
  });

  it("not to an incident outside the Union", () => {
    const r = v1("2026-10-01T10:00:00.000Z", system(), "US");
    expect(r.applies).toBe(false);
    expect(reason(r, "incident_in_union").outcome).toBe(false);
  });

  it("dates the incident by the local day of the Member State where it occurred", () => {
    // 22:30 UTC on 1 August 2026 is 00:30 on 2 August in Berlin (CEST, +02:00) but 23:30 on 1 August
    // in Lisbon (WEST, +01:00). The placement (22:00 UTC, in DE) is midnight on 2 August in Berlin.
    const p = system({ markets: [placed("2026-08-01T22:00:00.000Z")] });
    const de = v1("2026-08-01T22:30:00.000Z", p, "DE");
    expect(reason(de, "in_application").outcome).toBe(true);
    expect(reason(de, "placed_on_union_market").outcome).toBe(true);
    expect(de.applies).toBe(true);
    const pt = v1("2026-08-01T22:30:00.000Z", p, "PT");
    expect(reason(pt, "in_application").outcome).toBe(false);
    expect(reason(pt, "in_application").text).toContain("2026-08-01");
    expect(pt.applies).toBe(false);
  });
});

describe("AI Act Art. 73, v2 (as amended by Regulation (EU) 2026/1744)", () => {
  const annexIII = (placedAt: string) =>
    product({
      ai_act_risk_class: fact("high_risk", { qualifier: "annex_iii" }),
      markets: [placed(placedAt)],
    });
  const v2 = (occurred_at: string, p: ApplicabilityProduct) =>
    evaluateApplicability(ART73_V2, facts("DE", occurred_at, p));

  it("an Annex III system's incident in September 2027 is not covered: postponed to 2 December 2027", () => {
    const r = v2("2027-09-10T10:00:00.000Z", annexIII("2027-06-01T00:00:00.000Z"));
    expect(r.applies).toBe(false);
    expect(reason(r, "in_application")).toMatchObject({
      outcome: false,
      citation: "Regulation (EU) 2024/1689 Art. 113 as amended by Regulation (EU) 2026/1744",
    });
    expect(reason(r, "in_application").text).toContain("2027-12-02");
  });

  it("an Annex III system placed after 2 December 2027 is covered for a January 2028 incident", () => {
    const r = v2("2028-01-10T10:00:00.000Z", annexIII("2027-12-10T00:00:00.000Z"));
    expect(r.applies).toBe(true);
  });

  it("an Annex I system waits until 2 August 2028, for placement and incident alike", () => {
    const annexI = product({
      ai_act_risk_class: fact("high_risk", { qualifier: "annex_i" }),
      markets: [placed("2027-12-10T00:00:00.000Z")],
    });
    const r = v2("2028-01-10T10:00:00.000Z", annexI);
    expect(r.applies).toBe(false);
    expect(reason(r, "in_application").outcome).toBe(false);
    expect(reason(r, "placed_on_union_market")).toMatchObject({
      outcome: false,
      citation: "Regulation (EU) 2024/1689 Art. 111(2) as amended by Regulation (EU) 2026/1744",
    });
  });
});
