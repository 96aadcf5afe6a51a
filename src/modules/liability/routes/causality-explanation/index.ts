import { z } from "@hono/zod-openapi";
import { defineRoute, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam } from "../../../../platform/http/schemas";
import { INCIDENT_READERS } from "../../../incidents";
import { explanationHtml } from "../../domain/explanation-html";
import { IncidentResult, TimeLimitsView } from "../../schemas/analysis";
import { RulesetApplicability } from "../../schemas/applicability";
import { buildExplanation } from "../../services/explanation";

const Query = z.object({
  ruleset: z.string().min(1).max(100).openapi({ example: "eu-pld-2024" }),
  actor_id: Id.optional().openapi({ description: "Regulators and claim handlers: one actor's entry only" }),
  hypothetical: z.enum(["true", "false"]).default("false").openapi({
    description: "Explain the conditions although the instrument does not apply (labelled hypothetical)",
  }),
  format: z.enum(["json", "html"]).default("json").openapi({ description: "html: a printable page" }),
});

const Tri = z.enum(["met", "not_met", "unknown"]);
const Presumption = z.enum(["applies", "does_not_apply", "insufficient_information"]);
const BannerReason = z.enum([
  "withdrawn",
  "non_binding",
  "not_applicable",
  "applicability_uncertain",
  "hypothetical",
  "provisional",
]);
const Element = z.object({
  id: z.string(),
  citation: z.string(),
  text: z.string(),
  result: Tri,
  standard: z.string().nullable().openapi({ description: "The standard of proof the ruleset states" }),
  established_by: z.array(
    z.object({
      type: z.string().openapi({ description: "legal_fact, finding, attestation, missing_attestation, …" }),
      ref: z.string(),
      obligation_code: z.string().optional(),
      decided_by: z
        .string()
        .nullable()
        .openapi({ description: "court, regulator, registry_default, or none" }),
      by: z.string(),
      when: z.string().optional(),
      basis: z.string().optional(),
    }),
  ),
  inference_from_silence: z.boolean().openapi({
    description: "The result rests only on the absence of an attestation (burden on the duty-bearer)",
  }),
  missing: z.string().optional().openapi({ description: "When unknown: the missing fact, how to obtain it" }),
  answers: z.string().optional().openapi({ description: "When met: rebuttal routes and defences" }),
});

const Actor = z.object({
  actor_id: z.string(),
  name: z.string(),
  role_in_chain: z.string(),
  role_under_instrument: z.string(),
  role_basis: z.string(),
  via_lineage: z.object({ product_id: z.string(), depth: z.number().int() }).optional(),
  presumption: Presumption,
  provisional: z.boolean(),
  rebutted: z.boolean(),
  summary: z.string(),
  branch: z.array(z.string()).openapi({ description: "What carried the presumption, with citations" }),
  outcomes: z.array(
    z.object({ id: z.string(), citation: z.string(), text: z.string(), result: Presumption }),
  ),
  elements: z.array(Element),
  defences: z.array(
    z.object({
      id: z.string(),
      citation: z.string(),
      text: z.string(),
      how_to_establish: z.string().optional(),
    }),
  ),
  disregarded_attestations: z.array(
    z.object({ id: z.string(), obligation_code: z.string(), recorded_at: z.string(), why: z.string() }),
  ),
});

const Explanation = z
  .object({
    incident: z.object({
      id: z.string(),
      reference: z.string(),
      occurred_at: z.string(),
      country: z.string(),
    }),
    ruleset: z.object({
      id: z.string(),
      version: z.number().int(),
      title: z.string(),
      status: z.string(),
      citation: z.string(),
      banner: z.string().optional(),
    }),
    evaluated_at: z.string(),
    hypothetical: z.boolean(),
    banner_reasons: z.array(BannerReason),
    notices: z.array(z.object({ reason: BannerReason, text: z.string() })),
    applicability: RulesetApplicability,
    chain_of_facts: z.array(
      z.object({
        step: z.enum(["deployment", "version", "base_version", "product"]),
        id: z.string(),
        label: z.string(),
        from: z.string().optional(),
      }),
    ),
    actors: z.array(Actor).openapi({ description: "An actor sees only its own entry" }),
    time_limits: TimeLimitsView.optional(),
    incident_result: IncidentResult.optional(),
  })
  .openapi("CausalityExplanation");

const route = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/causality/explanation",
  operationId: "getCausalityExplanation",
  access: INCIDENT_READERS,
  tags: ["liability"],
  summary:
    "The causality analysis explained for a court, the parties and regulators (JSON or printable HTML)",
  description:
    "Actors and their role under the instrument, the chain of facts, what carried each presumption, the " +
    "standard of proof and who established each element and when, inferences from silence, attestations " +
    "disregarded because recorded after the harm, what is missing and how to obtain it, how a met element " +
    "is answered, and a banner for withdrawn, non-binding or inapplicable instruments. An actor sees only " +
    "its own entry; nothing of the reporter's identity is in it.",
  request: { params: IdParam, query: Query },
  responses: {
    200: {
      description: "The explanation (JSON) or its printable rendering (HTML)",
      content: { "application/json": { schema: Explanation }, "text/html": { schema: z.string() } },
    },
    404: problem("Unknown incident"),
    422: problem("Unknown ruleset"),
  },
});

export const causalityExplanationRoutes = createRouter().openapi(route, async (c) => {
  const query = c.req.valid("query");
  const explanation = await buildExplanation(
    { ...c.get("deps"), rulesets: c.get("rulesets") },
    c.get("principal"),
    c.req.valid("param").id,
    query.ruleset,
    query.hypothetical === "true",
    query.actor_id,
  );
  if (query.format === "html") return c.html(explanationHtml(explanation), 200);
  return c.json(explanation, 200);
});
