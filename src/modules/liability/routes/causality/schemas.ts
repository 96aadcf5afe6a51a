import { z } from "@hono/zod-openapi";
import { Id } from "../../../../platform/http/schemas";
import { CHAIN_ROLES } from "../../../registry";
import { IncidentResult, TimeLimitsView } from "../../schemas/analysis";
import { RulesetApplicability } from "../../schemas/applicability";
import { BasisItem } from "../../schemas/incident-obligations";

const Hypothetical = z.enum(["true", "false"]).default("false").openapi({
  description:
    "Evaluate the conditions although the instrument does not apply (e.g. a withdrawn proposal); the answer is labelled hypothetical",
});

export const CausalityQuery = z.object({
  ruleset: z.string().min(1).max(100).openapi({ example: "who-2024" }),
  actor_id: Id.optional(),
  hypothetical: Hypothetical,
});

export const Assessment = z
  .object({
    actor_id: z.string(),
    role_in_chain: z.enum([...CHAIN_ROLES, "supply_chain"]),
    role_under_instrument: z.string().optional(),
    role_basis: z.string().optional(),
    outcomes: z
      .array(
        z.object({
          id: z.string(),
          citation: z.string(),
          text: z.string(),
          result: z.enum(["applies", "does_not_apply", "insufficient_information"]),
        }),
      )
      .optional(),
    provisional: z.boolean().optional().openapi({
      description: "Rests on a fact no court established (a regulator's or the registry's reading)",
    }),
    via_lineage: z.object({ product_id: z.string(), depth: z.number().int() }).optional(),
    ruleset: z.string(),
    ruleset_version: z.number().int(),
    conditions: z.array(
      z.object({
        id: z.string(),
        citation: z.string(),
        text: z.string(),
        result: z.enum(["met", "not_met", "unknown"]),
        basis: z.array(BasisItem),
      }),
    ),
    presumption: z.enum(["applies", "does_not_apply", "insufficient_information"]),
    rebutted: z.boolean(),
    explanation: z.string(),
  })
  .openapi("CausalityAssessment");

export const Analysis = z
  .object({
    incident_id: z.string(),
    ruleset: z.string(),
    ruleset_version: z.number().int(),
    as_of: z.string().openapi({ description: "The incident's occurred_at: evidence is judged as of then" }),
    evaluated_at: z.string(),
    applicability: RulesetApplicability,
    hypothetical: z.boolean().openapi({
      description:
        "The instrument does not (or not certainly) apply and the conditions were evaluated on request",
    }),
    banner: z.string().optional().openapi({ description: "Withdrawn proposal, non-binding guidance, …" }),
    assessments: z.array(Assessment).openapi({ description: "Empty when the instrument does not apply" }),
    time_limits: TimeLimitsView.optional(),
    incident_result: IncidentResult.optional(),
  })
  .openapi("CausalityAnalysis");

export const FreezeCreate = z
  .object({ ruleset: z.string().min(1).max(100), hypothetical: z.boolean().default(false) })
  .strict()
  .openapi("CausalityFreeze");

export const Frozen = Analysis.extend({
  id: z.string(),
  input_sha256: z.string(),
  input_hashes: z.record(z.string(), z.string()),
  result_sha256: z.string(),
  recorded_at: z.string(),
  reproducible: z
    .boolean()
    .openapi({ description: "Re-running the engine on the stored input gives the stored result" }),
}).openapi("FrozenCausalityAssessment");
