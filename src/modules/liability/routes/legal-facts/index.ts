import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam, IsoDateTime } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { INCIDENT_READERS } from "../../../incidents";
import { ACTOR_LEGAL_FACTS, ALL_LEGAL_FACTS, DATED_FACTS } from "../../domain/legal-facts";
import type * as t from "../../schema";
import { DecidedBy, DecidedByInput } from "../../schemas/decided-by";
import { legalFactById, legalFactsOf, recordLegalFact } from "../../services/legal-facts";
import { loadLiabilityIncident } from "../../services/services";

const FactCreate = z
  .object({
    fact: z.enum(ALL_LEGAL_FACTS),
    value: z.boolean(),
    basis: z.string().trim().min(1).max(10_000).openapi({ example: "Inspection report 2026/14, section 3" }),
    decided_at: IsoDateTime,
    actor_id: Id.optional().openapi({
      description: "Required for facts about one actor (defences, modification)",
    }),
    fact_date: IsoDateTime.optional().openapi({
      description: "Required for dated facts (injured_person_aware)",
    }),
    decided_by: DecidedByInput.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const aboutActor = (ACTOR_LEGAL_FACTS as readonly string[]).includes(b.fact);
    if (aboutActor && b.actor_id === undefined) {
      ctx.addIssue({ code: "custom", path: ["actor_id"], message: `is required for ${b.fact}` });
    }
    if (!aboutActor && b.actor_id !== undefined) {
      ctx.addIssue({ code: "custom", path: ["actor_id"], message: `${b.fact} is a fact about the incident` });
    }
    const dated = DATED_FACTS.includes(b.fact);
    if (dated !== (b.fact_date !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["fact_date"],
        message: dated ? `is required for ${b.fact}` : `is only for ${DATED_FACTS.join(", ")}`,
      });
    }
  })
  .openapi("LegalFactCreate");

const Fact = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    fact: z.string(),
    actor_id: z.string().nullable(),
    value: z.boolean(),
    fact_date: z.string().nullable(),
    basis: z.string(),
    decided_at: z.string(),
    decided_by: DecidedBy.nullable(),
    recorded_at: z.string(),
  })
  .openapi("LegalFact");

const view = (r: typeof t.incidentLegalFacts.$inferSelect): z.infer<typeof Fact> => ({
  id: r.id,
  incident_id: r.incidentId,
  fact: r.fact,
  actor_id: r.actorId,
  value: r.value,
  fact_date: r.factDate,
  basis: r.basis,
  decided_at: r.decidedAt,
  decided_by: (r.decidedBy as DecidedBy | null) ?? null,
  recorded_at: r.recordedAt,
});

const create = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/legal-facts",
  operationId: "recordLegalFact",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Record a regulator's or court's determination the rulesets use (normal use, malfunction, …)",
  description:
    "Append-only: a later decision on the same fact supersedes earlier ones in analyses evaluated after " +
    "it was recorded; a court's decision outranks a regulator's (`decided_by`), whose reading is provisional. " +
    "`high_risk` overrides the default (medical-device software is high-risk).",
  request: { params: IdParam, ...creatingBody(FactCreate) },
  responses: { 201: jsonContent(Fact, "Recorded"), 404: problem("Unknown incident") },
});

const list = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/legal-facts",
  operationId: "listLegalFacts",
  access: INCIDENT_READERS,
  tags: ["liability"],
  summary: "Determinations recorded for an incident, oldest first",
  request: { params: IdParam },
  responses: {
    200: jsonContent(z.object({ data: z.array(Fact) }), "History"),
    404: problem("Unknown or not visible"),
  },
});

export const legalFactRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const { incident, chain } = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await legalFactById(deps.db, id);
      return c.json(view(row), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/legal-facts",
      { path: c.req.path, body: input },
      (record) => recordLegalFact(deps, principal, incident, input, chain, record),
      render,
    );
  })
  .openapi(list, async (c) => {
    const db = c.get("deps").db;
    const { incident } = await loadLiabilityIncident(db, c.get("principal"), c.req.valid("param").id);
    const rows = await legalFactsOf(db, incident.id);
    return c.json({ data: rows.map(view) }, 200);
  });
