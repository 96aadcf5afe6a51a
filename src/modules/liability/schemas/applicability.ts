import { z } from "@hono/zod-openapi";

/** Whether an instrument covers an incident, with the reasons (issue 11). */
const Applies = z.union([z.boolean(), z.literal("unknown")]);
export const RulesetApplicability = z
  .object({
    applies: Applies,
    reasons: z.array(
      z.object({
        code: z.string(),
        outcome: Applies,
        text: z.string(),
        citation: z.string(),
        basis: z.string(),
        fact_id: z.string().optional(),
      }),
    ),
    governed_instead_by: z.object({ instrument: z.string(), citation: z.string() }).optional(),
  })
  .openapi("RulesetApplicability");
