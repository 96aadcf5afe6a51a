import { z } from "@hono/zod-openapi";
import { Cursor, Id, IsoDateTime, Limit, Page, Sha256, uniqueArray } from "../../../platform/http/schemas";

export const ObligationCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*$/, "must be an upper-case catalog obligation code")
  .openapi({ example: "DEV_PREMORTEM_RED_TEAM" });

export const AttestationCreate = z
  .object({
    product_id: Id,
    obligation_code: ObligationCode,
    status: z.enum(["met", "partially_met", "not_applicable"]),
    disclosure_ids: uniqueArray(Id).max(50).default([]),
    evidence_sha256: Sha256.optional(),
    statement: z.string().trim().min(1).max(10_000),
    effective_from: IsoDateTime.openapi({ description: "From when the claim holds (legal time)" }),
  })
  .strict()
  .openapi("AttestationCreate");

export const Attestation = z
  .object({
    id: z.string(),
    actor_id: z.string(),
    product_id: z.string(),
    obligation_code: z.string(),
    status: z.enum(["met", "partially_met", "not_applicable"]),
    disclosure_ids: z.array(z.string()),
    evidence_sha256: z.string().nullable(),
    statement: z.string(),
    effective_from: z.string(),
    recorded_at: z.string().openapi({ description: "When the registry learned it" }),
  })
  .openapi("Attestation");

export const AttestationQuery = z.object({
  product_id: Id.optional(),
  actor_id: Id.optional(),
  obligation_code: ObligationCode.optional(),
  limit: Limit,
  cursor: Cursor,
});

export const AttestationPage = Page(Attestation).openapi("AttestationPage");
