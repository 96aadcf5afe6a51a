import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { loadActor } from "../../queries/actors";
import { recordRelation, relationById, relationsOf, relationView } from "../../services/actor-relations";
import { RelationCreate, RelationView } from "./schemas";

const create = defineRoute({
  method: "post",
  path: "/v1/actors/{id}/relations",
  operationId: "recordActorRelation",
  access: ["developer", "provider", "deployer", "regulator", "admin"],
  tags: ["registry"],
  summary: "Record that this actor is another's authorised representative, importer, distributor, …",
  description: "Recorded by the represented actor (`of_actor_id`) or a regulator. Append-only.",
  request: { params: IdParam, ...creatingBody(RelationCreate) },
  responses: {
    201: jsonContent(RelationView, "Recorded"),
    403: problem("Caller is neither the represented actor nor a regulator"),
    404: problem("Unknown actor"),
    422: problem("Unknown reference"),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/actors/{id}/relations",
  operationId: "listActorRelations",
  access: "public",
  tags: ["registry"],
  summary: "Supply-chain relations of an actor, either side (public, as on a product's label)",
  request: { params: IdParam },
  responses: {
    200: jsonContent(z.object({ data: z.array(RelationView) }), "Relations, oldest first"),
    404: problem("Unknown actor"),
  },
});

export const actorRelationRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const input = c.req.valid("json");
    const { id } = c.req.valid("param");
    return idempotentCreate(
      c,
      "POST /v1/actors/{id}/relations",
      { path: c.req.path, body: input },
      (record) => recordRelation(deps, c.get("principal"), id, input, record),
      async (rid) => c.json(relationView(await relationById(deps.db, rid)), 201),
    );
  })
  .openapi(list, async (c) => {
    const db = c.get("deps").db;
    const actor = await loadActor(db, c.req.valid("param").id);
    return c.json({ data: (await relationsOf(db, actor.id)).map(relationView) }, 200);
  });
