import { describe, expect, it } from "vitest";
import { createActor, createDeployment, createProduct, createVersion } from "../helpers/factories";
import { COURT, fileOn, lawApp, legalFact, recordFact } from "../helpers/law-world";

type App = Awaited<ReturnType<typeof lawApp>>;

const HOSTILE = `Judgment of 20 February 2028 <script>alert("x")</script>`;

const fact = legalFact;

/**
 * A triage app (version 2.0) built on version 7.1 of a foundation model, deployed by a German clinic,
 * placed on the EU market in 2027; a patient harmed in Germany on 1 February 2028, reported by a named carer.
 */
async function world() {
  const t = await lawApp("2028-03-01T12:00:00Z");
  const fmMaker = await createActor(t, { roles: ["developer", "provider"], name: "Foundation Labs" });
  const dev = await createActor(t, { roles: ["developer"], name: "App Developer GmbH" });
  const prov = await createActor(t, { roles: ["provider"], name: "Health App Provider AG" });
  const deployer = await createActor(t, { roles: ["deployer"], country: "DE", name: "Klinikum Nord" });
  const fm = await createProduct(t, fmMaker.owner("provider"), {
    name: "Base LLM",
    kind: "foundation_model",
  });
  const fmVersion = await createVersion(t, fmMaker.owner("provider"), fm.id, { version: "7.1" });
  const product = await createProduct(t, prov.owner("provider"), {
    name: "Triage Assistant",
    developer_actor_id: dev.id,
    kind: "application",
    builds_on: [{ product_id: fm.id, relation: "integration" }],
  });
  const version = await createVersion(t, prov.owner("provider"), product.id, {
    version: "2.0",
    base_versions: [fmVersion.id],
  });
  const deployment = await createDeployment(t, deployer.owner("deployer"), version.id, { country: "DE" });
  await recordFact(t, product.id, prov.owner("provider"), {
    fact: "market",
    territory: "EU",
    placed_at: "2027-06-01T08:00:00Z",
  });
  const inc = await fileOn(t, product.id, {
    occurred_at: "2028-02-01T09:00:00Z",
    country: "DE",
    deployment_id: deployment.id,
    risk_codes: ["R_FALSE_INFO"],
    reporter: {
      role: "carer",
      anonymous: false,
      contact: { name: "Ilse Reporterin", email: "ilse@example.org" },
    },
  });
  return { t, fmMaker, dev, prov, deployer, fm, fmVersion, product, version, deployment, inc };
}

type World = Awaited<ReturnType<typeof world>>;

async function explanation(t: App, id: string, query: string, as: unknown = "regulator") {
  const res = await t.call("GET", `/v1/incidents/${id}/causality/explanation?${query}`, {
    as: as as "regulator",
  });
  expect(res.status, res.text).toBe(200);
  return res;
}
const actorOf = (x: any, id: string) => x.actors.find((a: any) => a.actor_id === id);
const elementOf = (a: any, id: string) => a.elements.find((e: any) => e.id === id);

async function courtFindings(w: World, decidedBy: object | null = COURT) {
  await fact(w.t, w.inc.id, { fact: "damage_personal_injury", basis: HOSTILE }, decidedBy);
  await fact(w.t, w.inc.id, { fact: "excessive_difficulty" }, decidedBy);
  await fact(w.t, w.inc.id, { fact: "likely_defect_or_causation" }, decidedBy);
}

describe("issue 12 item 7: GET /v1/incidents/{id}/causality/explanation", () => {
  it("names the actors, their role under the PLD, the chain of facts, and element by element the record", async () => {
    const w = await world();
    await courtFindings(w);
    const res = await explanation(w.t, w.inc.id, "ruleset=eu-pld-2024");
    const x = res.json;
    expect(x.incident).toMatchObject({ id: w.inc.id, reference: w.inc.reference, country: "DE" });
    expect(x.ruleset).toMatchObject({ id: "eu-pld-2024", version: 3 });
    expect(x.banner_reasons).toEqual([]);
    // Deployment → version → the base-model version it pinned.
    expect(x.chain_of_facts.map((s: any) => s.step)).toEqual(["deployment", "version", "base_version"]);
    expect(x.chain_of_facts[1]).toMatchObject({ id: w.version.id, from: w.deployment.id });
    expect(x.chain_of_facts[1].label).toContain("Triage Assistant version 2.0");
    expect(x.chain_of_facts[2]).toMatchObject({ id: w.fmVersion.id, from: w.version.id });
    expect(x.chain_of_facts[2].label).toContain("Base LLM version 7.1");

    const maker = actorOf(x, w.prov.id);
    expect(maker).toMatchObject({
      name: "Health App Provider AG",
      role_in_chain: "provider",
      role_under_instrument: "manufacturer",
      presumption: "applies",
      provisional: false,
    });
    expect(maker.role_basis).toContain("Art. 8(1)(a)");
    expect(actorOf(x, w.dev.id)).toMatchObject({
      name: "App Developer GmbH",
      role_under_instrument: "component_manufacturer",
    });
    expect(actorOf(x, w.fmMaker.id)).toMatchObject({ name: "Foundation Labs", via_lineage: { depth: 1 } });
    expect(actorOf(x, w.deployer.id)).toMatchObject({
      name: "Klinikum Nord",
      role_under_instrument: "none",
      presumption: "does_not_apply",
      branch: [],
    });
    // Which branch carried the presumption: the damage, and Art. 10(4) excessive difficulty with likelihood.
    expect(maker.branch.some((l: string) => l.includes("Art. 6(1)(a)"))).toBe(true);
    expect(maker.branch.some((l: string) => l.includes("art10_4_b_likely"))).toBe(true);
    expect(maker.branch.some((l: string) => l.includes("art10_2_a_failure_to_disclose"))).toBe(false);

    const injury = elementOf(maker, "art6_1_a_personal_injury");
    expect(injury).toMatchObject({
      result: "met",
      standard: "prove (Art. 10(1))",
      inference_from_silence: false,
    });
    expect(injury.established_by[0]).toMatchObject({
      type: "legal_fact",
      decided_by: "court",
      when: "2028-02-20T10:00:00.000Z",
      basis: HOSTILE,
    });
    expect(injury.established_by[0].by).toContain("Landgericht Berlin, 12 O 345/28");
    expect(injury.answers).toContain("Contest the medical evidence of the injury.");
    expect(injury.answers).toContain(`POST /v1/incidents/${w.inc.id}/rebuttals`);
    expect(injury.missing).toBeUndefined();
    expect(elementOf(maker, "art10_4_b_likely").standard).toBe("likely");
    const causal = elementOf(maker, "art10_1_causal_link_established");
    expect(causal).toMatchObject({
      result: "unknown",
      missing: "The court records causal_link_established.",
    });
    expect(causal.answers).toBeUndefined();
    // The exemptions are open defences until a court decides them.
    expect(maker.defences.map((d: any) => d.id)).toContain("art11_1_d_compliance_with_law");
    expect(x.incident_result.jointly_and_severally_liable).toContain(w.prov.id);
    // Nothing of the reporter's identity.
    expect(res.text).not.toContain("Ilse");
    expect(res.text).not.toContain("ilse@example.org");
  });

  it("is provisional when the facts were only decided by the regulator", async () => {
    const w = await world();
    await courtFindings(w, null);
    const x = (await explanation(w.t, w.inc.id, "ruleset=eu-pld-2024")).json;
    expect(x.banner_reasons).toEqual(["provisional"]);
    expect(x.notices[0].text).toContain("Health App Provider AG");
    const maker = actorOf(x, w.prov.id);
    expect(maker.provisional).toBe(true);
    expect(elementOf(maker, "art6_1_a_personal_injury").established_by[0].decided_by).toBe("regulator");
  });

  it("banners a withdrawn instrument: eu-aild-2022 is explained only hypothetically", async () => {
    const w = await world();
    const plain = (await explanation(w.t, w.inc.id, "ruleset=eu-aild-2022")).json;
    expect(plain.banner_reasons).toEqual(["withdrawn", "not_applicable"]);
    expect(plain.actors).toEqual([]);
    const x = (await explanation(w.t, w.inc.id, "ruleset=eu-aild-2022&hypothetical=true")).json;
    expect(x).toMatchObject({ hypothetical: true });
    expect(x.banner_reasons).toEqual(["withdrawn", "not_applicable", "hypothetical"]);
    expect(x.notices[0].text).toContain("withdrawn");
    expect(x.actors.length).toBeGreaterThan(0);
    // Under the AILD the claimant must show non-compliance: silence is unknown, never an inference.
    const everything = x.actors.flatMap((a: any) => a.elements);
    expect(everything.some((e: any) => e.inference_from_silence)).toBe(false);
    const unknown = everything.find((e: any) => e.result === "unknown" && e.id.startsWith("art4_2"));
    expect(unknown.missing).toContain("POST /v1/findings");
    expect(
      (
        await w.t.call("GET", `/v1/incidents/${w.inc.id}/causality/explanation?ruleset=nope`, {
          as: "regulator",
        })
      ).status,
    ).toBe(422);
  });

  it("WHO 2024: a missing attestation is an inference from silence; one recorded after the harm is disregarded", async () => {
    const w = await world();
    const late = await w.t.call("POST", "/v1/attestations", {
      as: w.fmMaker.owner("provider"),
      body: {
        product_id: w.fm.id,
        obligation_code: "PROV_PRE_DEPLOYMENT_RISK_MITIGATION",
        status: "met",
        statement: "Pre-deployment risk mitigation done",
        effective_from: "2027-01-01T00:00:00Z",
      },
    });
    expect(late.status, late.text).toBe(201);
    const x = (await explanation(w.t, w.inc.id, "ruleset=who-2024-reversed-burden")).json;
    expect(x.banner_reasons).toContain("non_binding");
    const fmRows = x.actors.filter((a: any) => a.actor_id === w.fmMaker.id);
    expect(fmRows.length).toBeGreaterThan(0);
    for (const row of fmRows) {
      expect(row.disregarded_attestations).toEqual([
        expect.objectContaining({ id: late.json.id, obligation_code: "PROV_PRE_DEPLOYMENT_RISK_MITIGATION" }),
      ]);
      expect(row.disregarded_attestations[0].why).toMatch(/^recorded after the harm \(/);
    }
    const dev = x.actors.find((a: any) => a.actor_id === w.dev.id && a.role_in_chain === "developer");
    const silent = dev.elements.find((e: any) => e.id === "s4_2_pre_release_evaluation_not_shown");
    expect(silent).toMatchObject({ result: "met", inference_from_silence: true });
    expect(silent.established_by.every((b: any) => b.type === "missing_attestation")).toBe(true);
    expect(silent.established_by[0].decided_by).toBeNull();
    // A deployer does not carry the burden: its silence is unknown, not an inference.
    const deployer = actorOf(x, w.deployer.id);
    const unsuitable = deployer.elements.find((e: any) => e.id === "s6_3_unsuitable_setting");
    expect(unsuitable).toMatchObject({ result: "unknown", inference_from_silence: false });
    expect(unsuitable.missing).toContain("DEPL_FIT_FOR_SETTING");
  });

  it("renders a printable, escaped HTML page without scripts", async () => {
    const w = await world();
    await courtFindings(w);
    const res = await explanation(w.t, w.inc.id, "ruleset=eu-pld-2024&format=html");
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = res.text;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("<title>");
    expect(html).toContain("@media print");
    expect(html).toContain("Health App Provider AG");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html).not.toMatch(/(src|href)=/);
    expect(html).not.toContain('class="banner"');
    const aild = await explanation(w.t, w.inc.id, "ruleset=eu-aild-2022&hypothetical=true&format=html");
    expect(aild.text).toContain('class="banner"');
    expect(aild.text).toContain("withdrawn");
  });

  it("an actor sees only its own entry", async () => {
    const w = await world();
    await courtFindings(w);
    const own = (await explanation(w.t, w.inc.id, "ruleset=eu-pld-2024", w.prov.owner("provider"))).json;
    expect(own.actors.map((a: any) => a.actor_id)).toEqual([w.prov.id]);
    expect(own.incident_result.jointly_and_severally_liable).toEqual([w.prov.id]);
    const html = await explanation(
      w.t,
      w.inc.id,
      "ruleset=eu-pld-2024&format=html",
      w.prov.owner("provider"),
    );
    expect(html.text).not.toContain("App Developer GmbH");
    expect(html.text).not.toContain("Foundation Labs");
    const other = await w.t.call(
      "GET",
      `/v1/incidents/${w.inc.id}/causality/explanation?ruleset=eu-pld-2024&actor_id=${w.dev.id}`,
      { as: w.prov.owner("provider") },
    );
    expect(other.status).toBe(403);
  });
});
