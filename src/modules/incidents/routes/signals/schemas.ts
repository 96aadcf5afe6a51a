import { z } from "@hono/zod-openapi";
import { checkRanges, filterFields } from "../../filters/filters-schema";

export const SignalsQuery = z
  .object({
    level: z
      .enum(["product", "foundation_model"])
      .openapi({ description: "Entity compared against all others" }),
    risk_code: filterFields.risk_code.openapi({
      type: "string",
      description: "Only list these risks (the comparison still uses every risk)",
    }),
    country: filterFields.country,
    occurred_from: filterFields.occurred_from,
    occurred_to: filterFields.occurred_to,
    signals_only: z.enum(["true", "false"]).default("false").openapi({ description: "Hide non-signals" }),
  })
  .strict()
  .superRefine(checkRanges)
  .openapi("SignalsQuery");

const Ci = z.object({ lower: z.number(), upper: z.number() }).nullable();

export const SignalRow = z
  .object({
    entity_id: z.string(),
    entity_name: z.string().nullable(),
    registration_number: z.string().nullable(),
    risk_code: z.string(),
    incident_count: z.number().int().openapi({ description: "Contributing incidents (a)" }),
    table: z.object({ a: z.number().int(), b: z.number().int(), c: z.number().int(), d: z.number().int() }),
    prr: z.number().nullable(),
    prr_ci95: Ci,
    ror: z.number().nullable(),
    ror_ci95: Ci,
    chi_square: z.number().nullable().openapi({ description: "Yates-corrected, 1 df" }),
    signal: z.boolean(),
  })
  .openapi("SignalRow");

export const SignalsResponse = z
  .object({
    level: z.enum(["product", "foundation_model"]),
    criteria: z.object({ min_prr: z.number(), min_chi_square: z.number(), min_cases: z.number() }),
    data: z.array(SignalRow),
  })
  .openapi("Signals");
