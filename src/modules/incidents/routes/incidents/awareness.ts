import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { INCIDENT_READERS, incidentAccess } from "../../access";
import {
  awarenessById,
  awarenessFacts,
  awarenessRowsOf,
  awarenessView,
  recordAwareness,
  storedFact,
} from "../../services/awareness";
import { chainActors } from "../../services/regimes";
import { familyReports } from "../../services/repo";
import { AwarenessCreate, AwarenessView } from "./schemas-law";

const create = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/awareness",
  operationId: "recordAwareness",
  access: ["developer", "provider", "deployer", "regulator"],
  tags: ["incidents"],
  summary: "Record when an actor became aware (its acknowledgement, or a regulator's record with evidence)",
  description:
    "Reporting periods run from the accountable actor's awareness (AI Act Art. 73(2), MDR Art. 87(3)); the " +
    "earliest evidenced awareness starts its clock. The reporter's `aware_at` is never used for that.",
  request: { params: IdParam, ...creatingBody(AwarenessCreate) },
  responses: {
    201: jsonContent(AwarenessView, "Recorded"),
    403: problem("An actor may record only its own awareness"),
    404: problem("Unknown incident"),
    422: problem("Not an actor of the incident's value chain"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/awareness",
  operationId: "listAwareness",
  access: INCIDENT_READERS,
  tags: ["incidents"],
  summary: "When each accountable actor became aware, by source (actors see their own)",
  request: { params: IdParam },
  responses: {
    200: jsonContent(z.object({ data: z.array(AwarenessView) }), "Awareness facts, earliest first per actor"),
    404: problem("Unknown incident"),
  },
});

export const awarenessRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const { incident, chain } = await incidentAccess(deps.db, principal, c.req.valid("param").id);
    const input = c.req.valid("json");
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/awareness",
      { path: c.req.path, body: input },
      (record) => recordAwareness(deps, principal, incident, chain, input, record),
      async (id) => {
        const row = await awarenessById(deps.db, id);
        return c.json(awarenessView(row.actorId, storedFact(row)), 201);
      },
    );
  })
  .openapi(list, async (c) => {
    const db = c.get("deps").db;
    const { incident, chain, audience } = await incidentAccess(
      db,
      c.get("principal"),
      c.req.valid("param").id,
    );
    const [reports, stored] = await Promise.all([
      familyReports(db, incident.id),
      awarenessRowsOf(db, incident.id),
    ]);
    const actors = chainActors(chain)
      .map((a) => a.actorId)
      .filter((id) => audience.kind === "regulator" || id === audience.actorId);
    const data = actors.flatMap((id) =>
      awarenessFacts(id, incident, reports, stored)
        .sort((a, b) => a.aware_at.localeCompare(b.aware_at))
        .map((f) => awarenessView(id, f)),
    );
    return c.json({ data }, 200);
  });
