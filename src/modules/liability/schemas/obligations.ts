import { z } from "@hono/zod-openapi";

export const STATUSES = ["attested", "missing", "finding_breach", "finding_met", "not_applicable"] as const;

const EvidenceItem = z
  .object({
    type: z.enum(["finding", "attestation"]),
    id: z.string(),
    result: z.string().optional(),
    status: z.string().optional(),
    decided_at: z.string().optional(),
    effective_from: z.string().optional(),
    recorded_at: z.string(),
    disclosure_ids: z.array(z.string()).optional(),
  })
  .openapi("ObligationEvidence");

export const ObligationStatus = z
  .object({
    code: z.string(),
    title: z.string(),
    stage: z.string(),
    strength: z.string(),
    status: z.enum(STATUSES),
    evidence: z.array(EvidenceItem),
  })
  .openapi("ObligationStatus");

export const ChainMemberView = z.object({
  actor_id: z.string(),
  role: z.enum(["developer", "provider", "deployer"]),
  product_id: z.string(),
  via_lineage: z
    .object({ product_id: z.string(), depth: z.number().int(), level: z.enum(["version", "product"]) })
    .optional(),
  acquired_by: z
    .object({ rule_id: z.string(), catalog: z.array(z.string()), why: z.string() })
    .optional()
    .openapi({
      description: "Duties taken on by modifying a model (fine-tuning, substantial modification…)",
    }),
});

export const ProductObligations = z
  .object({
    product_id: z.string(),
    stage: z.string(),
    use_areas: z.array(z.string()),
    as_of: z.string(),
    actors: z.array(ChainMemberView.extend({ obligations: z.array(ObligationStatus) })),
  })
  .openapi("ProductObligations");
