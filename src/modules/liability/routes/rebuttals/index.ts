import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { sealedContentOf, type Unsealed } from "../../../../platform/audit/seal";
import { actingActorId, callerSub, VALUE_CHAIN_ROLES } from "../../../../platform/auth/principal";
import { newId } from "../../../../platform/crypto/ids";
import { rowById } from "../../../../platform/db/by-id";
import { commitWithAudit } from "../../../../platform/db/commit";
import { conflict, forbidden, invalidField, notFound } from "../../../../platform/errors";
import { checkInstants } from "../../../../platform/http/instants";
import { creatingBody, defineRoute, jsonBody, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam, IsoDateTime } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { Evidence } from "../../../incidents";
import * as t from "../../schema";
import { REBUTTAL_DECISION_SEAL, REBUTTAL_SEAL } from "../../seals";
import { loadLiabilityIncident } from "../../services/services";

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
    decision: z.object({ accepted: z.boolean(), reason: z.string(), decided_at: z.string() }).nullable(),
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
  decision: d ? { accepted: d.accepted, reason: d.reason, decided_at: d.decidedAt } : null,
});

export const rebuttalRoutes = createRouter()
  .openapi(file, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await rowById(deps.db, t.rebuttals, id, "Rebuttal");
      return c.json(view(row, null), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/rebuttals",
      { path: c.req.path, body: input },
      async (record) => {
        const li = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
        const own = actingActorId(principal) as string;
        const ruleset = c.get("rulesets").get(input.ruleset);
        if (!ruleset) throw invalidField("body", "ruleset", `unknown ruleset ${input.ruleset}`);
        const known = [ruleset.rebuttal.id, ...ruleset.conditions.map((x) => x.id)];
        if (!known.includes(input.condition_id)) {
          throw invalidField("body", "condition_id", `is not a condition of ${ruleset.id}`);
        }
        const row = {
          id: newId(),
          incidentId: li.incident.id,
          actorId: own,
          rulesetId: ruleset.id,
          conditionId: input.condition_id,
          statement: input.statement,
          evidence: input.evidence,
          recordedAt: deps.clock.now().toISOString(),
          recordedBySub: callerSub(principal),
        };
        const recorded = await record(row.id);
        await commitWithAudit(
          deps,
          principal,
          ([seal]) => [deps.db.insert(t.rebuttals).values({ ...row, ...seal }), ...recorded],
          [
            {
              action: "rebuttal.file",
              entity: "rebuttal",
              entityId: row.id,
              payload: sealedContentOf(REBUTTAL_SEAL, row),
            },
          ],
        );
        return row.id;
      },
      render,
    );
  })
  .openapi(decide, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const [found] = await deps.db
      .select({ r: t.rebuttals, d: t.rebuttalDecisions })
      .from(t.rebuttals)
      .leftJoin(t.rebuttalDecisions, eq(t.rebuttalDecisions.rebuttalId, t.rebuttals.id))
      .where(eq(t.rebuttals.id, c.req.valid("param").id));
    if (!found) throw notFound("Rebuttal");
    if (found.d) throw conflict("This rebuttal was already decided");
    if (principal.kind !== "user") throw forbidden("Regulators decide rebuttals");
    const now = deps.clock.now().toISOString();
    checkInstants(new Date(now), "body", { decided_at: input.decided_at }, { notFuture: true });
    const row = {
      id: newId(),
      rebuttalId: found.r.id,
      accepted: input.accepted,
      reason: input.reason,
      decidedAt: input.decided_at ?? now,
      recordedAt: now,
      recordedBySub: callerSub(principal),
    };
    await commitWithAudit(
      deps,
      principal,
      ([seal]) => [deps.db.insert(t.rebuttalDecisions).values({ ...row, ...seal })],
      [
        {
          action: "rebuttal.decide",
          entity: "rebuttal",
          entityId: found.r.id,
          payload: sealedContentOf(REBUTTAL_DECISION_SEAL, row),
        },
      ],
    );
    return c.json(view(found.r, row), 201);
  });
