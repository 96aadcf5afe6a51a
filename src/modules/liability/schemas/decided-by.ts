import { z } from "@hono/zod-openapi";

/**
 * Who decided a legal fact, a disclosure order or a rebuttal (issue 12). AILD Art. 3-4 and PLD Art. 9-10
 * are matters for a national court; a regulator's or the registry's own reading is provisional, and the
 * analysis says so. Omitted, it is the recording regulator's own determination.
 */
export const DecidedByInput = z
  .object({
    kind: z.enum(["court", "regulator"]),
    body: z.string().trim().min(1).max(300).openapi({ example: "Landgericht Berlin, 12th civil chamber" }),
    case_number: z.string().trim().min(1).max(100).optional().openapi({ example: "12 O 345/27" }),
    legal_basis: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ example: "Directive (EU) 2024/2853 Art. 10(4) as transposed, § 10 ProdHaftG" }),
  })
  .strict()
  .openapi("DecidedByInput");
export type DecidedByInput = z.infer<typeof DecidedByInput>;

export const DecidedBy = z
  .object({
    kind: z.enum(["court", "regulator", "registry_default"]),
    body: z.string(),
    case_number: z.string().nullable(),
    decided_at: z.string(),
    legal_basis: z.string(),
  })
  .openapi("DecidedBy");
export type DecidedBy = z.infer<typeof DecidedBy>;

/** The stored record: an explicit decision, or the recording regulator's own when none was given. */
export function decidedBy(
  input: DecidedByInput | undefined,
  decidedAt: string,
  fallbackBasis: string,
): DecidedBy {
  return {
    kind: input?.kind ?? "regulator",
    body: input?.body ?? "Recording regulator (registry account)",
    case_number: input?.case_number ?? null,
    decided_at: decidedAt,
    legal_basis: input?.legal_basis ?? fallbackBasis,
  };
}
