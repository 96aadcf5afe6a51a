import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import {
  ART73_SECTION_TITLES,
  art73Report,
  MIR_SECTION_TITLES,
  mirReport,
  REPORT_FORM_SCHEMAS,
  type ReportFormInput,
  ReportFormRegimeError,
  reportFormHtml,
} from "../../src/modules/incidents/domain/report-forms";

/**
 * The prefilled regulator forms (issue 11): built from a realistic registry record, checked against their
 * own JSON Schemas (strict ajv, so a sloppy schema fails too), and rendered to printable HTML.
 */
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateArt73 = ajv.compile(REPORT_FORM_SCHEMAS["eu-ai-act-art73"]);
const validateMir = ajv.compile(REPORT_FORM_SCHEMAS["eu-mdr-art87"]);

const errors = (v: typeof validateArt73) => ajv.errorsText(v.errors);

function art73Input(overrides: Partial<ReportFormInput> = {}): ReportFormInput {
  return {
    regime: "eu-ai-act-art73",
    generated_at: "2026-09-03T08:15:00.000Z",
    incident: {
      id: "0190f3a2-7c1e-7b44-9a51-3f0c2d9e8a10",
      reference: "INC-2026-000317",
      occurred_at: "2026-08-28T23:40:00+02:00",
      received_at: "2026-08-30T07:02:11.000Z",
      country: "DE",
      setting: "hospital_inpatient",
      use_area: "triage",
      event_type: "serious_injury",
      severity: "severe",
      outcome: "recovering",
      description:
        "Triage assistant ranked a sepsis patient as low priority; treatment was delayed by four hours.",
      risk_codes: ["R-ACC-01", "R-BIAS-02"],
      flags: { fundamental_rights_infringement: true, critical_infrastructure_disruption: false },
      patient: { age_band: "60-69", sex: "female" },
      report_count: 3,
    },
    product: {
      id: "0190f3a2-0000-7000-8000-000000000042",
      registration_number: "LMMR-2026-000042",
      name: "TriageAssist",
      kind: "application",
      intended_purpose: "Prioritises emergency-department patients from intake notes for clinician review.",
      version: "3.2.1",
      version_released_at: "2026-06-01T00:00:00.000Z",
      ai_act_risk_class: { value: "high_risk", basis: "annex_i" },
      medical_device: { value: "mdr", device_class: "IIa" },
      markets: [
        { territory: "DE", placed_at: "2026-06-15T00:00:00.000Z" },
        { territory: "AT", placed_at: "2026-07-01T00:00:00.000Z" },
        { territory: "US", placed_at: "2026-05-01T00:00:00.000Z" },
      ],
    },
    reporting_actor: {
      id: "a-provider",
      name: "Medisense <GmbH> & Co.",
      country: "DE",
      identifiers: { lei: "5299000J2N45DDNE4Y28", eudamed_srn: "DE-MF-000012345" },
      contact_email: "vigilance@medisense.example",
      role: "provider",
    },
    authorised_representative: null,
    deployer: {
      id: "a-deployer",
      name: "Klinikum Nord",
      country: "DE",
      identifiers: {},
      contact_email: null,
    },
    awareness: { source: "registry_notification", aware_at: "2026-08-30T09:00:00.000Z" },
    deadlines: [
      {
        rule_id: "art73-2-general",
        kind: "initial",
        citation: "Regulation (EU) 2024/1689 Art. 73(2)",
        due_at: "2026-09-14T23:59:59.999Z",
        status: "pending",
        met_at: null,
      },
    ],
    reports_filed: [],
    ...overrides,
  };
}

const mirInput = (overrides: Partial<ReportFormInput> = {}) =>
  art73Input({ regime: "eu-mdr-art87", ...overrides });

const withIncident = (patch: Partial<ReportFormInput["incident"]>, base = art73Input()) => ({
  ...base,
  incident: { ...base.incident, ...patch },
});

describe("AI Act Art. 73 report", () => {
  it("prefills what the registry knows and validates against its schema", () => {
    const report = art73Report(art73Input());
    expect(validateArt73(report), errors(validateArt73)).toBe(true);
    const { administrative_information: admin, ai_system_information: ai } = report.sections;
    // The incident happened on 28 August local time, though it was already the 28th 21:40 UTC.
    expect(admin.incident_date_from).toMatchObject({ value: "2026-08-28", status: "filled" });
    expect(admin.incident_date_to.value).toBe("2026-08-28");
    expect(admin.msa_country).toMatchObject({ value: "DE", status: "filled" });
    expect(admin.report_type).toMatchObject({ value: "initial", status: "filled" });
    expect(admin.incident_classification.value).toEqual([
      "serious_harm_health",
      "fundamental_rights_infringement",
    ]);
    expect(admin.detection_datetime.value).toBe("2026-08-30T09:00:00.000Z");
    expect(admin.submitter_role.value).toBe("provider");
    expect(admin.provider_name.value).toBe("Medisense <GmbH> & Co.");
    expect(ai.ai_system_name).toMatchObject({ value: "TriageAssist", status: "filled" });
    expect(ai.software_version.value).toBe("3.2.1");
    expect(report.sections.registry_context.report_due_at.value).toBe("2026-09-14T23:59:59.999Z");
    expect(report.sections.registry_context.art_3_49_limbs.value).toEqual(["a", "c"]);
  });

  it("leaves the provider's analysis, signature and the initial reporter to the reporter", () => {
    const { providers_analysis, general_comments, incident_information } = art73Report(art73Input()).sections;
    expect(providers_analysis.root_cause_conclusion).toMatchObject({
      value: null,
      status: "to_be_completed_by_reporter",
    });
    expect(providers_analysis.initial_corrective_actions.status).toBe("to_be_completed_by_reporter");
    expect(general_comments.signatory_name.status).toBe("to_be_completed_by_reporter");
    for (const f of [
      incident_information.initial_reporter_name,
      incident_information.initial_reporter_contact,
    ]) {
      expect(f.value).toBeNull();
    }
  });

  it("proposes a follow-up once an initial report is filed, against the complete-report deadline", () => {
    const report = art73Report(
      art73Input({
        reports_filed: [{ kind: "initial", submitted_at: "2026-09-02T10:00:00.000Z" }],
        deadlines: [
          ...art73Input().deadlines,
          {
            rule_id: "art73-5-complete",
            kind: "complete",
            citation: "Regulation (EU) 2024/1689 Art. 73(5)",
            due_at: null,
            status: "pending",
            met_at: null,
          },
        ],
      }),
    );
    expect(validateArt73(report), errors(validateArt73)).toBe(true);
    expect(report.sections.administrative_information.report_type.value).toBe("follow_up");
    expect(report.sections.registry_context.report_due_at.status).toBe("not_available");
    expect(report.sections.registry_context.report_due_rule.value).toContain("art73-5-complete");
  });

  it("leaves the critical-infrastructure split to the provider but records the limb", () => {
    const report = art73Report(
      withIncident({
        event_type: "malfunction",
        severity: "none",
        flags: { critical_infrastructure_disruption: true },
      }),
    );
    expect(validateArt73(report), errors(validateArt73)).toBe(true);
    const classification = report.sections.administrative_information.incident_classification;
    expect(classification).toMatchObject({ value: null, status: "to_be_completed_by_reporter" });
    expect(classification.source).toContain("ci_disruption_management");
    expect(report.sections.registry_context.art_3_49_limbs.value).toEqual(["b"]);
  });

  it("classifies a death as death and validates without a product or description", () => {
    const report = art73Report(
      withIncident(
        { event_type: "death", severity: "fatal", flags: {}, description: null },
        art73Input({ product: null }),
      ),
    );
    expect(validateArt73(report), errors(validateArt73)).toBe(true);
    expect(report.sections.administrative_information.incident_classification.value).toEqual(["death"]);
    expect(report.sections.ai_system_information.ai_system_name.status).toBe("not_available");
    expect(report.sections.incident_information.what_went_wrong.status).toBe("not_available");
  });

  it("refuses another regime's input", () => {
    expect(() => art73Report(mirInput())).toThrow(ReportFormRegimeError);
  });
});

describe("MDR Art. 87 MIR", () => {
  it("prefills what the registry knows and validates against its schema", () => {
    const report = mirReport(mirInput());
    expect(validateMir(report), errors(validateMir)).toBe(true);
    const admin = report.sections.administrative_information;
    const device = report.sections.medical_device_information;
    expect(admin.incident_date_from.value).toBe("2026-08-28");
    expect(admin.awareness_date.value).toBe("2026-08-30");
    expect(admin.report_type.value).toBe("initial");
    expect(admin.incident_classification.value).toBe("all_other_reportable_incidents");
    expect(admin.submitter_role.value).toBe("manufacturer");
    expect(admin.manufacturer_srn.value).toBe("DE-MF-000012345");
    expect(device.brand_name.value).toBe("TriageAssist");
    expect(device.risk_class_mdr.value).toBe("IIa");
    expect(device.distribution_countries_eea.value).toEqual(["DE", "AT"]);
    expect(device.distribution_countries_other.value).toEqual(["US"]);
    expect(report.sections.incident_information.hcf_country.value).toBe("DE");
    expect(report.sections.incident_information.patient_gender.value).toBe("female");
    expect(report.sections.registry_context.report_due_at.value).toBe("2026-09-14T23:59:59.999Z");
  });

  it.each([
    [{ event_type: "death", severity: "fatal", flags: {} }, "death"],
    [{ flags: { unanticipated_deterioration: true } }, "unanticipated_serious_deterioration"],
    [{ event_type: "death", flags: { serious_public_health_threat: true } }, "serious_public_health_threat"],
  ])("classifies %j as %s", (patch, expected) => {
    const report = mirReport(withIncident(patch, mirInput()));
    expect(validateMir(report), errors(validateMir)).toBe(true);
    expect(report.sections.administrative_information.incident_classification.value).toBe(expected);
  });

  it("proposes a follow-up after an initial report", () => {
    const report = mirReport(
      mirInput({ reports_filed: [{ kind: "initial", submitted_at: "2026-09-02T10:00:00Z" }] }),
    );
    expect(validateMir(report), errors(validateMir)).toBe(true);
    expect(report.sections.administrative_information.report_type.value).toBe("follow_up");
  });

  it("does not pass on a device class the form cannot carry", () => {
    const base = mirInput();
    const product = { ...base.product!, medical_device: { value: "mdr", device_class: "2a" } };
    const report = mirReport({ ...base, product });
    expect(validateMir(report), errors(validateMir)).toBe(true);
    expect(report.sections.medical_device_information.risk_class_mdr.status).toBe("not_available");
  });
});

describe("the schemas catch a wrong report", () => {
  const clone = <T>(value: T): T => structuredClone(value);

  it("rejects a report type outside the template's values", () => {
    const report = clone(art73Report(art73Input())) as any;
    report.sections.administrative_information.report_type.value = "preliminary";
    expect(validateArt73(report)).toBe(false);
  });

  it("rejects an MIR classification outside the form's values", () => {
    const report = clone(mirReport(mirInput())) as any;
    report.sections.administrative_information.incident_classification.value = "serious_injury";
    expect(validateMir(report)).toBe(false);
  });

  it("rejects a filled field without a value and an empty field with one", () => {
    const report = clone(art73Report(art73Input())) as any;
    report.sections.administrative_information.msa_country.value = null;
    expect(validateArt73(report)).toBe(false);
    const other = clone(art73Report(art73Input())) as any;
    other.sections.providers_analysis.root_cause_conclusion.value = "guessed";
    expect(validateArt73(other)).toBe(false);
  });

  it("rejects a changed label, an extra field and a bad date", () => {
    const relabelled = clone(mirReport(mirInput())) as any;
    relabelled.sections.administrative_information.report_type.label = "Report kind";
    expect(validateMir(relabelled)).toBe(false);
    const extra = clone(mirReport(mirInput())) as any;
    extra.sections.incident_information.reporter_email = { label: "x", value: "a@b", status: "filled" };
    expect(validateMir(extra)).toBe(false);
    const badDate = clone(mirReport(mirInput())) as any;
    badDate.sections.administrative_information.incident_date_from.value = "28/08/2026";
    expect(validateMir(badDate)).toBe(false);
  });
});

describe("HTML rendering", () => {
  const hostile = withIncident({ description: 'Output was <script>alert("x")</script> & more' });

  it.each([
    ["Art. 73", () => reportFormHtml(art73Report(hostile)), ART73_SECTION_TITLES],
    ["MIR", () => reportFormHtml(mirReport({ ...hostile, regime: "eu-mdr-art87" })), MIR_SECTION_TITLES],
  ])("%s: a printable, self-contained document with every section", (_name, render, titles) => {
    const html = render();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain("@media print");
    for (const title of Object.values(titles))
      expect(html).toContain(`<h2>${title.replace("'", "&#39;")}</h2>`);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more");
    expect(html).toContain("Medisense &lt;GmbH&gt; &amp; Co.");
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain("[To be completed by the reporter]");
    expect(html).toContain("[Not available in the registry]");
  });
});
