import { z } from "@hono/zod-openapi";
import { ChainMemberView } from "./obligations";

export const Link = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    actor_id: z.string(),
    obligation_code: z.string(),
    rationale: z.string(),
    recorded_at: z.string(),
  })
  .openapi("ObligationLink");

export const BasisItem = z
  .object({
    type: z.enum([
      "finding",
      "attestation",
      "missing_attestation",
      "disclosure",
      "disclosure_order",
      "incident_field",
      "legal_fact",
      "rebuttal",
    ]),
    ref: z.string(),
    obligation_code: z.string().optional(),
    decided_by: z.string().optional().openapi({ description: "court, regulator or registry_default" }),
  })
  .openapi("CausalityBasis");

export const IncidentObligations = z
  .object({
    incident_id: z.string(),
    as_of: z.string(),
    risk_codes: z.array(z.string()),
    actors: z.array(
      z.object({
        actor_id: z.string(),
        roles: z.array(ChainMemberView.omit({ actor_id: true })),
        obligations: z.array(
          z.object({
            code: z.string(),
            title: z.string(),
            suggested: z.boolean(),
            status: z.enum(["attested", "missing", "finding_breach", "finding_met", "not_applicable"]),
            basis: z.array(BasisItem),
            links: z.array(Link),
          }),
        ),
      }),
    ),
  })
  .openapi("IncidentObligations");
