import { z } from "@hono/zod-openapi";
import { Cursor, Id, IsoDateTime, Limit, Page } from "../../../../platform/http/schemas";
import { ObligationCode } from "../../schemas/attestations";

export const FindingCreate = z
  .object({
    actor_id: Id,
    product_id: Id.optional().openapi({
      description: "Omit for a finding about the actor's conduct in general",
    }),
    obligation_code: ObligationCode,
    result: z.enum(["breached", "met", "inconclusive"]),
    basis: z
      .string()
      .trim()
      .min(1)
      .max(10_000)
      .openapi({ description: "Inspection, audit or judgment relied on" }),
    decided_at: IsoDateTime,
    period_from: IsoDateTime.optional().openapi({
      description: "Start of the conduct examined; open if omitted",
    }),
    period_to: IsoDateTime.optional().openapi({
      description: "End of the conduct examined; open if omitted",
    }),
  })
  .strict()
  .refine((f) => !f.period_from || !f.period_to || f.period_from < f.period_to, {
    path: ["period_to"],
    message: "must be after period_from",
  })
  .openapi("FindingCreate");

export const Finding = z
  .object({
    id: z.string(),
    actor_id: z.string(),
    product_id: z.string().nullable(),
    obligation_code: z.string(),
    result: z.enum(["breached", "met", "inconclusive"]),
    basis: z.string(),
    decided_at: z.string(),
    period_from: z.string().nullable(),
    period_to: z.string().nullable(),
    recorded_at: z.string(),
  })
  .openapi("Finding");

export const FindingQuery = z.object({
  actor_id: Id.optional(),
  product_id: Id.optional(),
  obligation_code: ObligationCode.optional(),
  limit: Limit,
  cursor: Cursor,
});

export const FindingPage = Page(Finding).openapi("FindingPage");
