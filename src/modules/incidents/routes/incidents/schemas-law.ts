import { z } from "@hono/zod-openapi";
import { IsoDateTime } from "../../../../platform/http/schemas";

const Applies = z.union([z.boolean(), z.literal("unknown")]);

export const ApplicabilityReason = z
  .object({
    code: z.string(),
    outcome: Applies,
    text: z.string(),
    citation: z.string(),
    basis: z.string().openapi({
      description:
        "Who established the fact: incident_record, <role>_declaration, regulator, court, registry_default, not_recorded, instrument",
    }),
    fact_id: z.string().optional(),
  })
  .openapi("ApplicabilityReason");

export const Applicability = z
  .object({
    applies: Applies,
    reasons: z.array(ApplicabilityReason),
    governed_instead_by: z.object({ instrument: z.string(), citation: z.string() }).optional(),
  })
  .openapi("Applicability");

export const RegimeView = Applicability.extend({
  ruleset: z.string(),
  ruleset_version: z.number().int(),
  title: z.string(),
  jurisdiction: z.string(),
  duties: z.array(z.object({ id: z.string(), citation: z.string(), text: z.string() })),
}).openapi("ReportingRegime");

export const DeadlineView = z
  .object({
    ruleset: z.string(),
    ruleset_version: z.number().int(),
    incident_id: z.string(),
    incident_reference: z.string(),
    actor_id: z.string(),
    role: z.string(),
    kind: z.enum(["initial", "complete"]),
    addressee: z.enum(["authority", "provider", "importer_or_distributor"]),
    rule_id: z.string(),
    citation: z.string(),
    clock_basis: z.enum(["registry_notification", "own_report", "acknowledgement", "regulator_record"]),
    awareness_id: z.string().nullable(),
    clock_start_at: z.string(),
    time_zone: z.string(),
    due_at: z.string().nullable(),
    immediately_window_hours: z.number().int().nullable(),
    met_at: z.string().nullable(),
    status: z.enum(["pending", "met", "late"]),
  })
  .openapi("ReportingDeadline");

export const IncidentDeadlines = z
  .object({ data: z.array(DeadlineView), regimes: z.array(RegimeView) })
  .openapi("IncidentDeadlines");

export const DeadlinePage = z
  .object({ data: z.array(DeadlineView), next_cursor: z.string().nullable() })
  .openapi("DeadlinePage");

export const AwarenessCreate = z
  .object({
    aware_at: IsoDateTime,
    actor_id: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: "Regulators: the actor concerned" }),
    evidence: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .optional()
      .openapi({ description: "Regulators: what shows the actor knew (required for them)" }),
  })
  .strict()
  .openapi("AwarenessCreate");

export const AwarenessView = z
  .object({
    actor_id: z.string(),
    source: z.enum(["registry_notification", "own_report", "acknowledgement", "regulator_record"]),
    aware_at: z.string(),
    id: z.string().nullable(),
  })
  .openapi("ActorAwareness");
