import type { IncidentForFhir } from "../../src/modules/incidents";

/** A fully populated incident; tests override fields with spread. */
export function incidentFixture(overrides: Partial<IncidentForFhir> = {}): IncidentForFhir {
  return {
    id: "0190f3c2-7a1b-7c3d-8e4f-5a6b7c8d9e0f",
    reference: "INC-2026-000123",
    occurred_at: "2026-03-01T09:30:00.000Z",
    aware_at: "2026-03-02T08:00:00Z",
    reported_at: "2026-03-03T12:15:00Z",
    country: "KE",
    setting: "primary_care",
    use_area: "U_DIAGNOSIS_CLINICAL_CARE",
    event_type: "serious_injury",
    severity: "severe",
    outcome: "recovering",
    risks: [
      { code: "R_FALSE_INFO", name: "Inaccurate, incomplete or false outputs (hallucinations)" },
      { code: "R_AUTOMATION_BIAS", name: "Automation bias" },
    ],
    status: "closed",
    closure: { closed_at: "2026-04-01T00:00:00Z", reason: "corrective_action_taken" },
    patient: { age_band: "40-49", sex: "female", language: "sw" },
    product: {
      product_id: "0190f3c2-0000-7000-8000-000000000001",
      registration_number: "LMMR-2026-000042",
      name: "TriageAssist",
      version_id: "0190f3c2-0000-7000-8000-000000000002",
      version: "2.3.1",
      manufacturer_name: "Example Health AI Ltd",
    },
    causality: {
      assessment: "probable",
      method: "checklist",
      ruleset: "pld-2024-art10@v1",
      rationale: "Harm is typically consistent with the reported output defect.",
    },
    ...overrides,
  };
}
