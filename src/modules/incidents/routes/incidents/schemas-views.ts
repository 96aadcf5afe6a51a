import { z } from "@hono/zod-openapi";

/**
 * Documented shapes of the incident views (views.ts builds them from allow-lists). Fields marked
 * "regulator only" are absent from every other caller's view; a contract test parses real responses
 * with these schemas so the documentation cannot drift from what is served.
 */
const nullableString = z.string().nullable();

const EvidenceView = z.object({ sha256: z.string().optional(), media_type: z.string() }).passthrough();

const ReportView = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    kind: z.string(),
    reporter_role: z.string(),
    filing: nullableString,
    submitted_at: z.string(),
    // Restricted (actor) view
    from_actor_id: nullableString.optional(),
    text: nullableString.optional(),
    text_withheld: z.boolean().optional(),
    evidence: z.array(EvidenceView).optional(),
    // Regulator only
    anonymous: z.boolean().optional(),
    actor_id: nullableString.optional(),
    submitted_by_sub: nullableString.optional(),
    contact: z
      .object({ name: z.string().optional(), email: z.string().optional(), phone: z.string().optional() })
      .nullable()
      .optional(),
    identifying_text: z.boolean().optional(),
    supersedes_report_id: nullableString.optional(),
    body: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi("IncidentReport");

export const ResponseView = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    actor_id: z.string(),
    kind: z.string(),
    text: z.string(),
    evidence: z.unknown(),
    product_action: z
      .object({
        product_id: nullableString,
        stage_transition_id: z.string(),
        from: z.string().optional(),
        to: z.string().optional(),
      })
      .nullable(),
    submitted_at: z.string(),
  })
  .openapi("IncidentResponse");

const EventView = z.object({
  type: z.string(),
  from_status: nullableString,
  to_status: nullableString,
  closure: nullableString,
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
  by_role: z.string(),
});

export const IncidentDetail = z
  .object({
    id: z.string(),
    reference: z.string().openapi({ example: "INC-2026-000042" }),
    status: z.string(),
    closure: nullableString,
    merged_into: z.object({ id: z.string(), reference: nullableString }).nullable(),
    merged_from: z.array(z.string()),
    product_id: nullableString,
    product_version_id: nullableString,
    deployment_id: nullableString,
    occurred_at: z.string(),
    aware_at: nullableString,
    received_at: z.string(),
    country: z.string(),
    setting: z.string(),
    use_area: nullableString,
    event_type: z.string(),
    severity: z.string(),
    outcome: z.string(),
    risk_codes: z.array(z.string()),
    widespread_infringement: z.boolean(),
    critical_infrastructure_disruption: z.boolean(),
    fundamental_rights_infringement: z.boolean(),
    property_or_environment_harm: z.boolean(),
    serious_public_health_threat: z.boolean(),
    unanticipated_deterioration: z.boolean(),
    provider_unreachable: z.boolean(),
    patient_knew_ai_was_used: nullableString,
    description: nullableString.openapi({ description: "null for actors when flagged as identifying" }),
    description_withheld: z.boolean().optional(),
    reports: z.array(ReportView),
    responses: z.array(ResponseView),
    // Regulator only
    product_name_text: nullableString.optional(),
    description_identifying: z.boolean().optional(),
    patient: z
      .object({
        age_band: nullableString,
        sex: nullableString,
        language: nullableString,
        disability: nullableString,
        ethnicity: nullableString,
      })
      .optional(),
    history: z.array(EventView).optional(),
  })
  .openapi("Incident");

export const Receipt = z
  .object({
    incident_id: z.string(),
    reference: z.string(),
    status: z.string(),
    closure: nullableString,
    received_at: z.string(),
    merged_into: z.object({ reference: z.string(), status: z.string(), closure: nullableString }).nullable(),
    history: z.array(
      z
        .object({ type: z.string(), status: nullableString, closure: nullableString, at: z.string() })
        .passthrough(),
    ),
    your_submissions: z.array(z.object({ id: z.string(), kind: z.string(), submitted_at: z.string() })),
  })
  .openapi("IncidentReceipt");

export const TransitionResult = z
  .object({
    incident_id: z.string(),
    from: z.string(),
    to: z.string(),
    closure: nullableString,
    reason: z.string(),
    at: z.string(),
  })
  .openapi("IncidentTransitionResult");

export type IncidentDetailView = z.infer<typeof IncidentDetail>;
