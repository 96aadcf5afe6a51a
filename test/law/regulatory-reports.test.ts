import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { REPORT_FORM_SCHEMAS } from "../../src/modules/incidents/domain/report-forms";
import { fileOn, lawApp, lawProduct } from "../helpers/law-world";

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = {
  "eu-ai-act-art73": ajv.compile(REPORT_FORM_SCHEMAS["eu-ai-act-art73"]),
  "eu-mdr-art87": ajv.compile(REPORT_FORM_SCHEMAS["eu-mdr-art87"]),
};

/** A carer who gave her name and address to the registry: none of it may reach a form. */
const REPORTER = {
  role: "carer",
  anonymous: false,
  contact: { name: "Ingrid Beispiel", email: "ingrid.beispiel@mail.example", phone: "+49 30 1234567" },
};

async function world() {
  const t = await lawApp("2028-10-06T12:00:00Z");
  const w = await lawProduct(t, {
    risk: { value: "high_risk", basis: "annex_i" },
    device: { value: "mdr", device_class: "IIa" },
    markets: [{ territory: "DE", placed_at: "2028-09-01T08:00:00Z" }],
  });
  const at = { occurred_at: "2028-10-05T07:00:00Z", country: "DE", reporter: REPORTER };
  const health = await fileOn(t, w.product.id, { ...at, deployment_id: w.deployment.id });
  const rights = await fileOn(t, w.product.id, {
    ...at,
    event_type: "near_miss",
    severity: "none",
    outcome: "unknown",
    fundamental_rights_infringement: true,
  });
  const form = (id: string, regime: string, as: unknown, query = "") =>
    t.call("GET", `/v1/incidents/${id}/regulatory-reports/${regime}${query}`, { as: as as "regulator" });
  return { t, w, health, rights, form };
}

const field = (report: any, section: string, name: string) => report.sections[section][name];

describe("issue 11: regulator report forms, prefilled", () => {
  it("the MDR Manufacturer Incident Report, for the provider, valid against its JSON Schema, with no trace of the reporter", async () => {
    const { w, health, form } = await world();
    const res = await form(health.id, "eu-mdr-art87", w.prov.owner("provider"));
    expect(res.status, res.text).toBe(200);
    const ok = validate["eu-mdr-art87"](res.json);
    expect(ok, ajv.errorsText(validate["eu-mdr-art87"].errors)).toBe(true);
    expect(res.json.regime).toBe("eu-mdr-art87");
    const admin = "administrative_information";
    expect(field(res.json, admin, "incident_date_from")).toMatchObject({
      status: "filled",
      value: "2028-10-05",
    });
    expect(field(res.json, admin, "report_type").value).toBe("initial");
    expect(field(res.json, admin, "awareness_date")).toMatchObject({ status: "filled" });
    expect(field(res.json, admin, "awareness_date").value).toContain("2028-10-06");
    expect(res.text).toContain(w.product.name);
    expect(res.text).toContain("DE");
    for (const secret of [REPORTER.contact.name, REPORTER.contact.email, REPORTER.contact.phone]) {
      expect(res.text).not.toContain(secret);
    }
    // Patient attributes are regulator-only: the provider's form leaves them to be filled from its own data.
    const statuses = JSON.stringify(res.json.sections);
    expect(statuses).toContain('"status":"filled"');
    expect(statuses).toMatch(/"status":"(not_available|to_be_completed_by_reporter)"/);
  });

  it("the Commission's Art. 73 template for a fundamental-rights infringement; refused (409, with reasons) for the health harm", async () => {
    const { w, health, rights, form } = await world();
    const res = await form(rights.id, "eu-ai-act-art73", w.prov.owner("provider"));
    expect(res.status, res.text).toBe(200);
    expect(validate["eu-ai-act-art73"](res.json), ajv.errorsText(validate["eu-ai-act-art73"].errors)).toBe(
      true,
    );
    expect(field(res.json, "administrative_information", "msa_country")).toMatchObject({
      status: "filled",
      value: "DE",
    });
    expect(
      JSON.stringify(field(res.json, "administrative_information", "incident_classification").value),
    ).toContain("fundamental_rights");
    const refused = await form(health.id, "eu-ai-act-art73", w.prov.owner("provider"));
    expect(refused.status).toBe(409);
    expect(
      refused.json.reasons.some((r: any) => r.code === "reportable_incident" && r.outcome === false),
    ).toBe(true);
    // A schema the test relies on must reject a broken report (the validation can fail).
    const broken = structuredClone(res.json);
    broken.regime = "eu-mdr-art87";
    expect(validate["eu-ai-act-art73"](broken)).toBe(false);
  });

  it("a printable HTML rendering; only the accountable actor and regulators may fetch the form", async () => {
    const { t, w, health, form } = await world();
    const html = await form(health.id, "eu-mdr-art87", "regulator", "?format=html");
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.text).toMatch(/<h2[^>]*>/);
    expect(html.text).not.toContain("<script");
    expect(html.text).not.toContain(REPORTER.contact.email);
    // The developer is in the chain but owes no MDR report; the deployer neither.
    expect((await form(health.id, "eu-mdr-art87", w.dev.owner("developer"))).status).toBe(403);
    expect((await form(health.id, "eu-mdr-art87", w.deployer.owner("deployer"))).status).toBe(403);
    // An actor outside the chain does not learn the incident exists.
    const stranger = await lawProduct(t, {});
    expect((await form(health.id, "eu-mdr-art87", stranger.prov.owner("provider"))).status).toBe(404);
    expect((await form(health.id, "eu-mdr-art87", "regulator", `?actor_id=${w.dev.id}`)).status).toBe(422);
    const badRegime = await form(health.id, "eu-pld-2024", "regulator");
    expect(badRegime.status).toBe(400);
    expect(badRegime.json.errors[0].path).toBe("regime");
  });
});
