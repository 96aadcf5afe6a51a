import { z } from "@hono/zod-openapi";
import type { Unsealed } from "../../../../platform/audit/seal";
import { VALUE_CHAIN_ROLES } from "../../../../platform/auth/principal";
import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam, IsoDateTime } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { Evidence } from "../../../incidents";
import type * as t from "../../schema";
import { DecidedBy, DecidedByInput } from "../../schemas/decided-by";
import { decideRebuttal, fileRebuttal, rebuttalById } from "../../services/rebuttals";

const RebuttalCreate = z
  .object({
    ruleset: z.string().min(1).max(100),
    condition_id: z
      .string()
      .min(1)
      .max(100)
      .openapi({ description: "A condition id, or the ruleset's rebuttal id" }),
    statement: z.string().trim().min(1).max(20_000),
    evidence: z.array(Evidence).max(50).default([]),
  })
  .strict()
  .openapi("RebuttalCreate");

const DecisionCreate = z
  .object({
    accepted: z.boolean(),
    reason: z.string().trim().min(1).max(20_000),
    decided_at: IsoDateTime.optional(),
    decided_by: DecidedByInput.optional().openapi({ description: "The court that decided (PLD Art. 10(5))" }),
  })
  .strict()
  .openapi("RebuttalDecisionCreate");

const Rebuttal = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    actor_id: z.string(),
    ruleset: z.string(),
    condition_id: z.string(),
    statement: z.string(),
    evidence: z.array(Evidence),
    recorded_at: z.string(),
    decision: z
      .object({
        accepted: z.boolean(),
        reason: z.string(),
        decided_at: z.string(),
        decided_by: DecidedBy.nullable(),
      })
      .nullable(),
  })
  .openapi("Rebuttal");

const file = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/rebuttals",
  operationId: "fileRebuttal",
  access: VALUE_CHAIN_ROLES,
  tags: ["liability"],
  summary: "Rebut a presumption (the actor concerned, for itself)",
  request: { params: IdParam, ...creatingBody(RebuttalCreate) },
  responses: {
    201: jsonContent(Rebuttal, "Filed, pending"),
    404: problem("Unknown incident"),
    422: problem("Unknown ruleset or condition"),
  },
});

const decide = defineRoute({
  method: "post",
  path: "/v1/rebuttals/{id}/decision",
  operationId: "decideRebuttal",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Accept or reject a rebuttal (once; an accepted rebuttal changes the analysis)",
  request: { params: IdParam, ...jsonBody(DecisionCreate) },
  responses: {
    201: jsonContent(Rebuttal, "Decided"),
    404: problem("Unknown rebuttal"),
    409: problem("Already decided"),
  },
});

type RebuttalRow = typeof t.rebuttals.$inferSelect;
type DecisionRow = typeof t.rebuttalDecisions.$inferSelect;
const view = (r: Unsealed<RebuttalRow>, d: Unsealed<DecisionRow> | null | undefined) => ({
  id: r.id,
  incident_id: r.incidentId,
  actor_id: r.actorId,
  ruleset: r.rulesetId,
  condition_id: r.conditionId,
  statement: r.statement,
  evidence: r.evidence,
  recorded_at: r.recordedAt,
  decision: d
    ? {
        accepted: d.accepted,
        reason: d.reason,
        decided_at: d.decidedAt,
        decided_by: (d.decidedBy as DecidedBy | null) ?? null,
      }
    : null,
});

export const rebuttalRoutes = createRouter()
  .openapi(file, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await rebuttalById(deps.db, id);
      return c.json(view(row, null), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/rebuttals",
      { path: c.req.path, body: input },
      (record) => fileRebuttal(deps, principal, c.get("rulesets"), c.req.valid("param").id, input, record),
      render,
    );
  })
  .openapi(decide, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const { rebuttal, decision } = await decideRebuttal(deps, principal, c.req.valid("param").id, input);
    return c.json(view(rebuttal, decision), 201);
  });
