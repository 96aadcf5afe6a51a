import { describe, expect, it } from "vitest";
import { deadlinesOf, fileOn, lawApp, lawProduct, reason, recordFact, regime } from "../helpers/law-world";

const HIGH_RISK_III = { value: "high_risk", basis: "annex_iii" };
const NO_DEVICE = { value: "none" };

describe("issue 11: which law applies, before any condition", () => {
  it("a Kenyan incident gets no EU deadline and eu-pld-2024 says applies: false with the reason", async () => {
    const t = await lawApp("2028-03-01T12:00:00Z");
    const w = await lawProduct(t, {
      risk: HIGH_RISK_III,
      device: NO_DEVICE,
      markets: [
        { territory: "EU", placed_at: "2027-01-15T09:00:00Z" },
        { territory: "KE", placed_at: "2027-01-15T09:00:00Z" },
      ],
    });
    const inc = await fileOn(t, w.product.id, { occurred_at: "2028-02-20T10:00:00Z", country: "KE" });
    const beforeFda = await t.call("GET", `/v1/incidents/${inc.id}/rulesets`, { as: "regulator" });
    // US device rules reach events abroad (21 CFR 803.50(a)); until the product's FDA status is known, so is coverage.
    expect(
      beforeFda.json.covered,
      JSON.stringify(beforeFda.json.data.map((r: any) => [r.ruleset, r.applies])),
    ).toBe("unknown");
    await recordFact(t, w.product.id, w.prov.owner("provider"), {
      fact: "us_fda_device",
      value: false,
      effective_from: "2026-01-01T00:00:00Z",
    });
    const d = await deadlinesOf(t, inc.id);
    expect(d.data).toEqual([]);
    const art73 = regime(d, "eu-ai-act-art73");
    expect(art73.applies).toBe(false);
    expect(reason(art73, "incident_in_union")).toMatchObject({ outcome: false, basis: "incident_record" });

    const pld = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-pld-2024`, {
      as: "regulator",
    });
    expect(pld.status).toBe(200);
    expect(pld.json.applicability.applies).toBe(false);
    expect(reason(pld.json.applicability, "harm_in_union")).toMatchObject({
      outcome: false,
      citation: expect.stringContaining("2024/2853"),
    });
    expect(pld.json.assessments).toEqual([]);
    expect(pld.json.hypothetical).toBe(false);

    const covering = await t.call("GET", `/v1/incidents/${inc.id}/rulesets`, { as: "regulator" });
    expect(covering.status).toBe(200);
    expect(covering.json.covered).toBe(false);
    const ids = covering.json.data.map((r: any) => `${r.kind}:${r.ruleset}:${r.applies}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        "reporting:eu-ai-act-art73:false",
        "reporting:eu-mdr-art87:false",
        "reporting:us-fda-mdr-803:false",
        "liability:eu-pld-2024:false",
        "liability:who-2024:true",
      ]),
    );
    // Only a regulator asks which rulesets cover an incident.
    const asProvider = await t.call("GET", `/v1/incidents/${inc.id}/rulesets`, {
      as: w.prov.owner("provider"),
    });
    expect(asProvider.status).toBe(403);
  });

  it("PLD 2024: placed on the EU market in March 2026 → 85/374/EEC governs; January 2027 or 9 December 2026 → assessed", async () => {
    const t = await lawApp("2027-06-01T12:00:00Z");
    const early = await lawProduct(t, { markets: [{ territory: "DE", placed_at: "2026-03-10T08:00:00Z" }] });
    const late = await lawProduct(t, { markets: [{ territory: "DE", placed_at: "2027-01-12T08:00:00Z" }] });
    const onTheDay = await lawProduct(t, {
      markets: [{ territory: "EU", placed_at: "2026-12-09T09:00:00Z" }],
    });
    const at = { occurred_at: "2027-05-02T10:00:00Z", country: "DE" };
    const [a, b, c] = [
      await fileOn(t, early.product.id, at),
      await fileOn(t, late.product.id, at),
      await fileOn(t, onTheDay.product.id, at),
    ];
    const pld = async (id: string) =>
      (await t.call("GET", `/v1/incidents/${id}/causality?ruleset=eu-pld-2024`, { as: "regulator" })).json;

    const old = await pld(a.id);
    expect(old.applicability).toMatchObject({
      applies: false,
      governed_instead_by: { instrument: "Council Directive 85/374/EEC" },
    });
    expect(reason(old.applicability, "placed_after_8_december_2026")).toMatchObject({
      outcome: false,
      basis: "provider_declaration",
    });
    expect(old.assessments).toEqual([]);

    const covered = await pld(b.id);
    expect(covered.applicability.applies).toBe(true);
    // The open-source exclusion is not shown, so it is not applied: a registry default, said so.
    expect(reason(covered.applicability, "open_source_outside_commerce")).toMatchObject({
      outcome: true,
      basis: "registry_default",
    });
    expect(covered.assessments.map((x: any) => x.role_in_chain).sort()).toEqual(["developer", "provider"]);

    // Placed on 9 December 2026: covered since the corrigendum moved Art. 2(1) to "after 8 December 2026".
    const ninth = await pld(c.id);
    expect(ninth.applicability.applies).toBe(true);
    expect(reason(ninth.applicability, "placed_after_8_december_2026").citation).toContain("corrigendum");

    // A hypothetical run is possible on request, and labelled.
    const hypo = await t.call(
      "GET",
      `/v1/incidents/${a.id}/causality?ruleset=eu-pld-2024&hypothetical=true`,
      {
        as: "regulator",
      },
    );
    expect(hypo.json.hypothetical).toBe(true);
    expect(hypo.json.assessments.length).toBeGreaterThan(0);
    // Freezing for a claim needs an instrument that applies, or an explicit hypothetical.
    const refused = await t.call("POST", `/v1/incidents/${a.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "eu-pld-2024" },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0]).toMatchObject({ path: "ruleset" });
    const frozen = await t.call("POST", `/v1/incidents/${b.id}/causality-assessments`, {
      as: "regulator",
      body: { ruleset: "eu-pld-2024" },
    });
    expect(frozen.status).toBe(201);
    expect(frozen.json).toMatchObject({
      reproducible: true,
      hypothetical: false,
      applicability: { applies: true },
    });
  });

  it("a withdrawn proposal never applies; a hypothetical run says so", async () => {
    const t = await lawApp("2027-06-01T12:00:00Z");
    const w = await lawProduct(t, { markets: [{ territory: "DE", placed_at: "2027-01-12T08:00:00Z" }] });
    const inc = await fileOn(t, w.product.id, { occurred_at: "2027-05-02T10:00:00Z", country: "DE" });
    const aild = await t.call("GET", `/v1/incidents/${inc.id}/causality?ruleset=eu-aild-2022`, {
      as: "regulator",
    });
    expect(aild.json.applicability.applies).toBe(false);
    expect(reason(aild.json.applicability, "never_adopted").outcome).toBe(false);
    expect(aild.json.assessments).toEqual([]);
  });
});

describe("issue 11: AI Act Art. 73 versus MDR Art. 87", () => {
  it("a medical-device app in Germany: MDR deadlines and no Art. 73 one for a health harm; Art. 73 for a fundamental-rights infringement", async () => {
    const t = await lawApp("2028-10-06T12:00:00Z");
    const w = await lawProduct(t, {
      risk: { value: "high_risk", basis: "annex_i" },
      device: { value: "mdr", device_class: "IIa" },
      markets: [{ territory: "DE", placed_at: "2028-09-01T08:00:00Z" }],
    });
    const health = await fileOn(t, w.product.id, { occurred_at: "2028-10-05T07:00:00Z", country: "DE" });
    const d = await deadlinesOf(t, health.id);
    expect(d.data.map((x) => [x.ruleset, x.rule_id])).toEqual([["eu-mdr-art87", "mdr87-3-general"]]);
    expect(regime(d, "eu-ai-act-art73").applies).toBe(false);
    expect(reason(regime(d, "eu-ai-act-art73"), "reportable_incident")).toMatchObject({
      outcome: false,
      citation: expect.stringContaining("Art. 73(10)"),
    });
    // The MDR row: 15 days from the provider's awareness (the registry's notification at filing).
    expect(d.data[0]).toMatchObject({
      actor_id: w.prov.id,
      clock_basis: "registry_notification",
      clock_start_at: "2028-10-06T12:00:00.000Z",
      due_at: "2028-10-21T21:59:59.999Z",
      time_zone: "Europe/Berlin",
      citation: "Regulation (EU) 2017/745 Art. 87(3)",
    });

    const rights = await fileOn(t, w.product.id, {
      occurred_at: "2028-10-05T07:00:00Z",
      country: "DE",
      event_type: "near_miss",
      severity: "none",
      outcome: "unknown",
      fundamental_rights_infringement: true,
    });
    const r = await deadlinesOf(t, rights.id);
    expect(r.data.map((x) => [x.ruleset, x.rule_id])).toEqual([["eu-ai-act-art73", "art73-2-general"]]);
    expect(regime(r, "eu-mdr-art87").applies).toBe(false);
  });

  it("an April 2026 incident gets no Art. 73 deadline: the Regulation's high-risk rules did not apply yet", async () => {
    const t = await lawApp("2026-04-20T12:00:00Z");
    const w = await lawProduct(t, {
      risk: HIGH_RISK_III,
      device: NO_DEVICE,
      markets: [{ territory: "EU", placed_at: "2026-03-01T08:00:00Z" }],
    });
    const inc = await fileOn(t, w.product.id, { occurred_at: "2026-04-15T10:00:00Z", country: "DE" });
    const d = await deadlinesOf(t, inc.id);
    expect(d.data).toEqual([]);
    const art73 = regime(d, "eu-ai-act-art73");
    expect(art73).toMatchObject({ ruleset_version: 1, applies: false, duties: [] });
    expect(reason(art73, "in_application")).toMatchObject({
      outcome: false,
      citation: "Regulation (EU) 2024/1689 Art. 113",
    });
  });

  it("a system not recorded as high-risk gets no Art. 73 deadline, and one with no class recorded is unknown", async () => {
    const t = await lawApp("2028-03-01T12:00:00Z");
    const notHigh = await lawProduct(t, {
      risk: { value: "not_high_risk" },
      device: NO_DEVICE,
      markets: [{ territory: "DE", placed_at: "2028-01-10T08:00:00Z" }],
    });
    const unclassified = await lawProduct(t, {
      markets: [{ territory: "DE", placed_at: "2028-01-10T08:00:00Z" }],
    });
    const at = { occurred_at: "2028-02-20T10:00:00Z", country: "DE" };
    const a = await deadlinesOf(t, (await fileOn(t, notHigh.product.id, at)).id);
    expect(a.data).toEqual([]);
    expect(reason(regime(a, "eu-ai-act-art73"), "high_risk").outcome).toBe(false);
    const b = await deadlinesOf(t, (await fileOn(t, unclassified.product.id, at)).id);
    expect(b.data).toEqual([]);
    expect(regime(b, "eu-ai-act-art73").applies).toBe("unknown");
    expect(reason(regime(b, "eu-ai-act-art73"), "high_risk")).toMatchObject({
      outcome: "unknown",
      basis: "not_recorded",
    });
  });

  it("the 2026 amendment postpones Annex III obligations: an incident in September 2027 has no Art. 73 deadline", async () => {
    const t = await lawApp("2027-10-01T12:00:00Z");
    const w = await lawProduct(t, {
      risk: HIGH_RISK_III,
      device: NO_DEVICE,
      markets: [{ territory: "DE", placed_at: "2026-09-01T08:00:00Z" }],
    });
    const inc = await fileOn(t, w.product.id, { occurred_at: "2027-09-15T10:00:00Z", country: "DE" });
    const d = await deadlinesOf(t, inc.id);
    expect(d.data).toEqual([]);
    const art73 = regime(d, "eu-ai-act-art73");
    expect(art73.ruleset_version).toBe(2);
    expect(reason(art73, "in_application")).toMatchObject({
      outcome: false,
      citation: expect.stringContaining("2026/1744"),
    });
  });
});
