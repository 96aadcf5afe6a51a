import { z } from "@hono/zod-openapi";

/** Parts of a causality analysis shared by the analysis and its explanation (issue 12). */
export const Passed = z.union([z.boolean(), z.literal("unknown")]);
export const Limit = z.object({
  starts_at: z.string().nullable(),
  ends_at: z.string().nullable(),
  years: z.number().int(),
  basis: z.string(),
  citation: z.string(),
  passed: Passed,
});
export const TimeLimitsView = z
  .object({ limitation: Limit.optional(), expiry: Limit.optional(), time_barred: Passed, caveat: z.string() })
  .openapi("CausalityTimeLimits");
export const IncidentResult = z
  .object({
    jointly_and_severally_liable: z.array(z.string()),
    liable: z.array(z.string()),
    undecided: z.array(z.string()),
    joint_liability: z.object({ citation: z.string(), text: z.string() }).nullable(),
    time_barred: Passed,
    open_questions: z.array(z.string()),
    contractual_allocation: z.array(
      z.object({
        id: z.string(),
        actor_id: z.string(),
        counterparty_actor_id: z.string(),
        share_basis_points: z.number().int().nullable(),
        waives_recourse: z.boolean(),
        reference: z.string(),
      }),
    ),
  })
  .openapi("IncidentLiability");
