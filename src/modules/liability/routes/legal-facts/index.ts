import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam, IsoDateTime } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { INCIDENT_READERS } from "../../../incidents";
import { LEGAL_FACTS } from "../../domain/legal-facts";
import type * as t from "../../schema";
import { legalFactById, legalFactsOf, recordLegalFact } from "../../services/legal-facts";
import { loadLiabilityIncident } from "../../services/services";

const FactCreate = z
  .object({
    fact: z.enum(LEGAL_FACTS),
    value: z.boolean(),
    basis: z.string().trim().min(1).max(10_000).openapi({ example: "Inspection report 2026/14, section 3" }),
    decided_at: IsoDateTime,
  })
  .strict()
  .openapi("LegalFactCreate");

const Fact = z
  .object({
    id: z.string(),
    incident_id: z.string(),
    fact: z.string(),
    value: z.boolean(),
    basis: z.string(),
    decided_at: z.string(),
    recorded_at: z.string(),
  })
  .openapi("LegalFact");

const view = (r: typeof t.incidentLegalFacts.$inferSelect): z.infer<typeof Fact> => ({
  id: r.id,
  incident_id: r.incidentId,
  fact: r.fact,
  value: r.value,
  basis: r.basis,
  decided_at: r.decidedAt,
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
    "it was recorded. `high_risk` overrides the default (medical-device software is high-risk).",
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
    const { incident } = await loadLiabilityIncident(deps.db, principal, c.req.valid("param").id);
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
      (record) => recordLegalFact(deps, principal, incident, input, record),
      render,
    );
  })
  .openapi(list, async (c) => {
    const db = c.get("deps").db;
    const { incident } = await loadLiabilityIncident(db, c.get("principal"), c.req.valid("param").id);
    const rows = await legalFactsOf(db, incident.id);
    return c.json({ data: rows.map(view) }, 200);
  });
